/**
 * The JSON target against its schema (schemas/edition.schema.json, with ajv's 2020-12 validator)
 * and its contract: every range is exact in JavaScript string indices, `text` is the reading view
 * without wrapping, members come in a fixed order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { renderInput, renderOne, validCases } from './render.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/edition.schema.json'), 'utf8')) as object);

type Range = [number, number];
interface Model {
  text: string;
  pages: { n: string; range: Range }[];
  blocks: { range: Range }[];
  entities: { id: string; occurrences: { range: Range; surface: string }[] }[];
  quotes: { range: Range }[];
  dates: { range: Range; surface: string }[];
  notes: { anchor: number | null }[];
  divisions: { range: Range }[];
  speeches: { range: Range }[];
  lineGroups: { range: Range }[];
  lines: { range: Range }[];
  apparatus: { range: Range; readings: unknown[] }[];
}

async function model(xml: string): Promise<{ json: string; m: Model; reading: string }> {
  const input = await renderInput(xml);
  const json = renderOne(input, 'json').output;
  const reading = renderOne(input, 'text', { view: 'reading', width: 0 }).output;
  return { json, m: JSON.parse(json) as Model, reading };
}

for (const c of validCases()) {
  describe(`json of fixture ${c.name}`, () => {
    it('validates against schemas/edition.schema.json', async () => {
      const { m } = await model(c.xml);
      expect(validate(m), ajv.errorsText(validate.errors)).toBe(true);
    });

    it('has `text` equal to the reading view without wrapping (minus its final line feed)', async () => {
      const { m, reading } = await model(c.xml);
      // The text target adds the apparatus after the reading text when there is one.
      const apparatus = m.apparatus.some((a) => a.readings.length > 0);
      if (apparatus) expect(reading.startsWith(`${m.text}\n\nApparatus\n\n`)).toBe(true);
      else expect(`${m.text}\n`).toBe(reading);
    });

    it('has every range inside the text, every surface equal to text.slice(start, end)', async () => {
      const { m } = await model(c.xml);
      const inside = ([s, e]: Range) => 0 <= s && s <= e && e <= m.text.length;
      const all: Range[] = [...m.pages, ...m.blocks, ...m.quotes, ...m.dates, ...m.entities.flatMap((e) => e.occurrences),
        ...m.divisions, ...m.speeches, ...m.lineGroups, ...m.lines, ...m.apparatus].map((x) => x.range);
      expect(all.length).toBeGreaterThan(0);
      for (const r of all) expect(inside(r), JSON.stringify(r)).toBe(true);
      for (const o of [...m.dates, ...m.entities.flatMap((e) => e.occurrences)]) expect(m.text.slice(...o.range)).toBe(o.surface);
      for (const r of [...m.blocks, ...m.quotes, ...m.divisions, ...m.speeches, ...m.lines].map((x) => x.range)) {
        const s = m.text.slice(...r);
        expect(s).toBe(s.trim());
      }
      for (const n of m.notes) if (n.anchor !== null) expect(n.anchor).toBeLessThanOrEqual(m.text.length);
    });

    it('writes the same bytes twice, members in the documented order', async () => {
      const a = await model(c.xml);
      const b = await model(c.xml);
      expect(a.json).toBe(b.json);
      expect(Object.keys(a.m)).toEqual(['schemaVersion', 'id', 'url', 'metadata', 'text', 'pages', 'blocks', 'entities', 'quotes', 'dates', 'notes',
        'divisions', 'speeches', 'lineGroups', 'lines', 'apparatus']);
    });
  });
}

describe('json ranges beyond the Basic Multilingual Plane', () => {
  const memo = join(ROOT, 'tests/fixtures/valid/memo-confidential/oss-memo-0042.xml');

  it('counts a character outside the BMP as two UTF-16 code units', async () => {
    const { m } = await model(memo);
    const astral = m.text.indexOf('𝔄');
    expect(astral).toBeGreaterThan(0);
    expect([...m.text].length).toBe(m.text.length - 1);
    const after = m.entities.flatMap((e) => e.occurrences).filter((o) => o.range[0] > astral);
    expect(after.map((o) => o.surface)).toContain('Portugal');
    for (const o of after) expect(m.text.slice(...o.range)).toBe(o.surface);
    const quote = m.quotes[0]!;
    expect(m.text.slice(...quote.range)).toBe('every group marked 𝔄 is to be repeated');
  });
});

describe('json metadata', () => {
  it('reads a struck SECRET marking and the release stamp of the edition', async () => {
    const { m } = await model(join(ROOT, 'edition/oss-ra-3039s.xml'));
    const meta = (m as unknown as { metadata: Record<string, unknown> }).metadata;
    expect(meta.classification).toEqual({ level: 'Secret', cancelled: true });
    expect(meta.releaseDate).toBe('2002-01');
    expect(meta.reportNumber).toBe('R & A 3039S');
    expect(m.pages.map((p) => p.n)).toEqual(['1', '2', '3']);
  });

  it('reads a CONFIDENTIAL marking that is not cancelled and no release stamp', async () => {
    const { m } = await model(join(ROOT, 'tests/fixtures/valid/memo-confidential/oss-memo-0042.xml'));
    const meta = (m as unknown as { metadata: Record<string, unknown> }).metadata;
    expect(meta.classification).toEqual({ level: 'Confidential', cancelled: false });
    expect(meta.releaseDate).toBeNull();
    expect(meta.copyNumber).toBeNull();
  });

  it('turns Wikidata and GeoNames ids into URLs', async () => {
    const { m } = await model(join(ROOT, 'tests/fixtures/valid/memo-confidential/oss-memo-0042.xml'));
    const urls = Object.fromEntries(m.entities.map((e) => [e.id, (e as unknown as { authorities: string[] }).authorities]));
    expect(urls.pl_lisbon).toEqual(['https://www.geonames.org/2267057']);
    expect(urls.pl_portugal).toEqual(['https://www.wikidata.org/wiki/Q45']);
  });
});
