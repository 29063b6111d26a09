/**
 * The records of the JSON layout (xslt/json/layout.xsl): ranges are written as they close, so
 * nested ranges come out inner first and must be put back into document order; an occurrence
 * with two targets belongs to both entries; an empty element has an empty range; a note before
 * the first word of a paragraph stands where its text begins; offsets count UTF-16 code units.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/edition.js';
import { renderInput, renderOne } from './render.js';

const TEI = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<standOff><listPerson><person xml:id="a"><persName>A</persName></person><person xml:id="b"><persName>B</persName></person></listPerson></standOff>
<text><body><p><pb n="1"/><note>n0</note>Start <persName ref="#a #b">Al<lb break="no"/>pha</persName> and <quote>outer <quote>inner
<rs ref="#a">x</rs></quote> done</quote>.</p><p><persName ref="#a"/><date when="2001"/></p>
<p>Then 𝔄 <date when="1999-01-01">Jan 𝔄 1</date> <rs ref="#b">y</rs></p></body></text></TEI>
`;

type Range = [number, number];
interface Model {
  text: string;
  quotes: { range: Range }[];
  dates: { range: Range; surface: string }[];
  notes: { anchor: number | null }[];
  entities: { id: string; occurrences: { range: Range; surface: string }[] }[];
}

async function model(): Promise<Model> {
  const dir = tempDir('teikit-json-records-');
  try {
    const file = join(dir, 'records.xml');
    writeFileSync(file, TEI);
    return JSON.parse(renderOne(await renderInput(file), 'json').output) as Model;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('JSON records', () => {
  it('lists nested quotations in document order, the outer one first', async () => {
    const m = await model();
    expect(m.quotes.map((q) => m.text.slice(...q.range))).toEqual(['outer inner x done', 'inner x']);
  });

  it('lists each entry\'s occurrences in document order, one with two targets under both', async () => {
    const m = await model();
    const occ = Object.fromEntries(m.entities.map((e) => [e.id, e.occurrences.map((o) => o.surface)]));
    expect(occ).toEqual({ a: ['Alpha', 'x', ''], b: ['Alpha', 'y'] });
    for (const e of m.entities) for (const o of e.occurrences) expect(m.text.slice(...o.range)).toBe(o.surface);
  });

  it('gives an empty element an empty range where its neighbours meet', async () => {
    const m = await model();
    const empty = m.dates.find((d) => d.surface === '')!;
    expect(empty.range[0]).toBe(empty.range[1]);
    expect(m.text.slice(0, empty.range[0]).endsWith('done.')).toBe(true);
  });

  it('anchors a note before the first word of a paragraph where the text begins', async () => {
    const m = await model();
    expect(m.notes[0]!.anchor).toBe(0);
    expect(m.text.startsWith('Note: n0')).toBe(true);
  });

  it('counts characters outside the BMP as two code units after them', async () => {
    const m = await model();
    const date = m.dates.find((d) => d.surface !== '')!;
    expect(date.surface).toBe('Jan 𝔄 1');
    expect(date.range[1] - date.range[0]).toBe(8);
    expect(m.entities[1]!.occurrences[1]!.range[0]).toBe(m.text.lastIndexOf('y'));
  });
});
