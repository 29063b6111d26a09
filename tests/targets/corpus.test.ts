/**
 * Real TEI from other projects (../shared/corpus and ../shared/corpus/kinds, each listed with its
 * origin in SOURCES.tsv): every document goes through every target without an error, the JSON
 * validates against its schema and its text is the text target's reading view, and the text
 * target keeps at least 99% of the document's words in each view, counted by the test's own word
 * counter (corpus-words.ts), not by the stylesheets. The gate's TEI-root check is relaxed
 * (`root: 'any'`) so that a page file whose root is `surface` reaches the stylesheets.
 * A file whose DOCTYPE declares nothing goes through like the others: the gate blanks it with a
 * warning (`xml-doctype-ignored`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../lib/io/read.js';
import { parse } from '../../lib/xml/parse.js';
import { resolveLimits } from '../../lib/xml/limits.js';
import { renderOne } from '../../lib/targets/index.js';
import { saxonDocument } from '../../lib/saxon/load.js';
import { ROOT, SHARED } from '../helpers/cli.js';
import { countWords, documentWords, recall } from './corpus-words.js';

const FOLDERS = [join(SHARED, 'corpus'), join(SHARED, 'corpus/kinds')];
const files = FOLDERS.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.xml')).sort().map((f) => join(d, f)));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/edition.schema.json'), 'utf8')) as object);


describe.skipIf(files.length === 0)('real TEI from ../shared/corpus (skipped: ../shared/corpus is absent)', () => {
  it('has the 28 documents of its SOURCES.tsv files', () => {
    expect(files).toHaveLength(28);
  });
  for (const file of files) {
    const name = file.slice(SHARED.length);
    const test = it;
    test(`${name}: every target, no error, the words kept`, async () => {
      const loaded = await loadDocument(file);
      if ('diagnostic' in loaded) throw new Error(loaded.diagnostic.message);
      const doc = parse(file, loaded.text, [], resolveLimits(), { root: 'any' });
      expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const input = { doc, tree: await saxonDocument(doc.text), id: 'corpus' };
      const reading = renderOne(input, 'text', { width: 0 });
      const diplomatic = renderOne(input, 'text', { view: 'diplomatic', width: 0 });
      const jsonOut = renderOne(input, 'json');
      const html = renderOne(input, 'html');
      for (const r of [reading, diplomatic, jsonOut, html]) {
        expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        for (const d of r.diagnostics) expect(d.ruleId).toBe('unhandled-element');
      }
      const json = JSON.parse(jsonOut.output) as { text: string };
      expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
      // The reading view is the JSON text, then the apparatus when there is one.
      expect(reading.output.startsWith(json.text)).toBe(true);
      expect(html.output).toMatch(/^<!DOCTYPE html>/);

      for (const [view, out] of [['reading', reading.output], ['diplomatic', diplomatic.output]] as const) {
        const r = recall(documentWords(loaded.text, view), countWords(out));
        expect(r.total, `${view}: the document has words`).toBeGreaterThan(0);
        expect(r.recall, `${view}: ${r.total} words, missing ${r.missing.join(' ')}`).toBeGreaterThanOrEqual(0.99);
      }
    });
  }
});
