/**
 * A bug found by the property tests (build.test.ts), kept here with its minimal reproducer: the
 * JSON target anchored an editorial note that stands before the first word of its paragraph at the
 * end of the previous block, outside the paragraph that holds it (schemas/edition.schema.json:
 * `anchor` is the "offset in text where the note stands"). The note is in `p_2`; its anchor is
 * the start of `p_2`'s range, not the end of `p_1`'s (xslt/common/layout.xsl: a point after a
 * line or block break stands at the start of the next text).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transform } from '../../lib/index.js';
import { tempDir } from '../helpers/edition.js';

const TEI = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><p xml:id="p_1">One.</p><p xml:id="p_2"><note type="editorial">N</note>Two.</p></div></body></text></TEI>
`;

interface Model {
  text: string;
  blocks: { id: string | null; range: [number, number] }[];
  notes: { anchor: number | null }[];
}

async function model(): Promise<Model> {
  const dir = tempDir('teikit-property-');
  try {
    const file = join(dir, 'note-start.xml');
    writeFileSync(file, TEI);
    const r = await transform({ file, to: 'json' });
    return JSON.parse(r.output ?? 'null') as Model;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('JSON note anchors', () => {
  it('lays the reproducer out as two paragraph blocks', async () => {
    const m = await model();
    expect(m.text).toBe('One.\n\nTwo.');
    expect(m.blocks.map((b) => [b.id, b.range])).toEqual([['p_1', [0, 4]], ['p_2', [6, 10]]]);
  });

  // Was 4, the end of `p_1`.
  it('anchor a note at the start of its paragraph inside that paragraph', async () => {
    const m = await model();
    expect(m.notes[0].anchor).toBe(6);
  });
});
