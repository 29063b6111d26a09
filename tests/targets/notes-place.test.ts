/**
 * Notes by `@place` in the HTML target (issue "Any TEI in"; TEI Guidelines 3.9.1): a note written
 * in the running text stays there, in brackets and unnumbered; a marginal note or a footnote is a
 * numbered reference whose entry says where it stands; a note without `@place` is as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderInput, renderOne } from './render.js';

const dir = mkdtempSync(join(tmpdir(), 'teikit-notes-place-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="notes-place"><teiHeader><fileDesc><titleStmt><title>Notes by place</title></titleStmt>
<publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>One<note place="margin">Marginal.</note> two<note place="inline">written inline</note> three<note place="foot">A footnote.</note> four<note>Plain.</note> five<note place="somewhere">Odd.</note>.</p></body></text></TEI>`;

describe('notes by @place in HTML', () => {
  it('keeps inline notes in the text and says where the others stand', async () => {
    const file = join(dir, 'notes-place.xml');
    writeFileSync(file, doc);
    const html = renderOne(await renderInput(file), 'html', {}).output;
    expect(html).toContain('two<span class="note-inline">[written inline]</span> three');
    expect(html.match(/role="doc-noteref"/g)).toHaveLength(4);
    expect(html).toContain('<li id="note-1" value="1"><p class="note-body"><span class="note-place">In the margin: </span>Marginal.');
    expect(html).toContain('<li id="note-2" value="2"><p class="note-body"><span class="note-place">At the foot of the page: </span>A footnote.');
    expect(html).toContain('<li id="note-3" value="3"><p class="note-body">Plain.');
    expect(html).toContain('<li id="note-4" value="4"><p class="note-body">Odd.');
  });
});
