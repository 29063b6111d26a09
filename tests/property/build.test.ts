/**
 * Property-based tests of `build` (issue 7, "Property-based and conformance testing"): random
 * valid documents in the edition's vocabulary (generate.ts) are built in-process to HTML, text
 * and JSON, and the outputs are checked against the document's model:
 * - the document validates without errors (the generator writes only valid markup);
 * - no word is lost: the reading text's words (wrapped, and unwrapped) equal the model's words of
 *   the header block and the paragraphs, in order, furniture and editorial notes aside, words split
 *   by `pb break="no"` joined without their hyphen (docs/encoding.md §8.9);
 * - the diplomatic text keeps every word of the text and of the furniture, split words in their
 *   typed parts (diplomatic.ts);
 * - the JSON ranges slice to their surface forms (check-json.ts);
 * - the HTML runs no script of the document's and shows every word escaped (check-html.ts).
 * Fixed seed, a few documents: see run.ts for a longer run.
 */
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/edition.js';
import { checkHtml } from './check-html.js';
import { checkJson } from './check-json.js';
import { diplomaticWords, withoutMarkers } from './diplomatic.js';
import { doc } from './generate.js';
import { readingWords } from './model.js';
import { buildDoc, settings, TEST_TIMEOUT, writeDoc } from './run.js';

const dir = tempDir('teikit-property-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const shown = (d: { line: number; column: number; ruleId: string; message: string }) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`;

describe('build of random valid documents', () => {
  it('loses no word, slices every JSON range to its surface, writes safe HTML', async () => {
    await fc.assert(
      fc.asyncProperty(doc, async (d) => {
        const w = writeDoc(dir, d);
        const b = await buildDoc(w.file, d.id);
        const errors = b.diagnostics.filter((x) => x.severity === 'error');
        expect(errors.map(shown), `errors in ${w.file}`).toEqual([]);
        const expected = readingWords(d);
        expect(words(b.text), 'words of the reading text').toEqual(expected);
        expect(words(b.flat), 'words of the unwrapped reading text').toEqual(expected);
        expect(withoutMarkers(b.diplomatic), 'words of the diplomatic text').toEqual(diplomaticWords(d));
        checkJson(b.json, b.flat, d);
        checkHtml(b.html, d);
      }),
      settings(25),
    );
  }, TEST_TIMEOUT);
});
