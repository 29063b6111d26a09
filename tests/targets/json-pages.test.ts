/**
 * The pages a JSON block lists (xslt/json/pages.xsl): a paragraph that begins with a page break
 * is on that page only; one broken by a page inside its text is on both. A page break inside
 * furniture or a deletion (left out of the reading text) begins its page where they stand.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/edition.js';
import { renderInput, renderOne } from './render.js';

const TEI = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><pb n="1"/><p xml:id="a">One.</p><p xml:id="b"><pb n="2"/>Two.</p><p xml:id="c">Three <pb n="3"/>four.</p></body></text></TEI>
`;

describe('JSON block pages', () => {
  it('lists only the new page for a paragraph that begins with a page break', async () => {
    const dir = tempDir('teikit-json-pages-');
    try {
      const file = join(dir, 'pages.xml');
      writeFileSync(file, TEI);
      const m = JSON.parse(renderOne(await renderInput(file), 'json').output) as { blocks: { id: string; pages: string[] }[] };
      expect(m.blocks.map((b) => [b.id, b.pages])).toEqual([['a', ['1']], ['b', ['2']], ['c', ['2', '3']]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('begins a page whose break stands inside a deletion or furniture where they stand in the text', async () => {
    const dir = tempDir('teikit-json-pages-');
    try {
      const file = join(dir, 'left-out.xml');
      writeFileSync(file, TEI.replace(/<text>.*<\/text>/s, '<text><body><pb n="1"/><p xml:id="a">One <del>struck <pb n="2"/>out</del>two.</p>'
        + '<p xml:id="b">Three <fw type="pageNum"><pb n="3"/>3</fw>four.</p><p xml:id="c">Five.</p></body></text>'));
      const m = JSON.parse(renderOne(await renderInput(file), 'json').output) as { text: string; pages: { n: string; range: [number, number] }[] };
      expect(m.text).toBe('One two.\n\nThree four.\n\nFive.');
      expect(m.pages.map((p) => [p.n, m.text.slice(...p.range)])).toEqual([['1', 'One '], ['2', 'two.\n\nThree '], ['3', 'four.\n\nFive.']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
