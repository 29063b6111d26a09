/**
 * schemas/edition.rng against the reference implementation (issue 3, "What is checked", step 2):
 * the edition and every valid fixture are valid against both the project's schema and TEI All,
 * and each invalid-markup fixture is rejected by the project's schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EDITION_RNG, HAVE_JING, HAVE_SHARED, TEI_ALL, invalidDocuments, jing, label, validDocuments,
} from '../relaxng/helpers.js';

const valid = validDocuments();
const invalid = invalidDocuments();

const why = (reason: string, skip: boolean): string => (skip ? ` (skipped: ${reason})` : '');

describe.skipIf(!HAVE_JING)(`Jing with schemas/edition.rng${why('jing is not installed', !HAVE_JING)}`, () => {
  let results: Map<string, string[]>;
  beforeAll(() => { results = jing(EDITION_RNG, [...valid, ...invalid]); });

  it('finds documents to check', () => {
    expect(valid.length).toBeGreaterThan(1);
    expect(invalid.length).toBeGreaterThan(5);
  });

  it.each(valid.map((f) => [label(f), f]))('accepts %s', (_name, file) => {
    expect(results.get(file)).toEqual([]);
  });

  it.each(invalid.map((f) => [label(f), f]))('rejects %s', (_name, file) => {
    expect(results.get(file)!.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!HAVE_JING || !HAVE_SHARED)(`Jing with TEI All${why('jing or ../shared/tei/tei_all.rng is absent', !HAVE_JING || !HAVE_SHARED)}`, () => {
  let results: Map<string, string[]>;
  beforeAll(() => { results = jing(TEI_ALL, valid); });

  it.each(valid.map((f) => [label(f), f]))('accepts %s', (_name, file) => {
    expect(results.get(file)).toEqual([]);
  });
});
