/**
 * RELAX NG validation as `teikit validate` runs it: salve-annos fed by the parse gate. Valid
 * documents give no finding; each invalid-markup fixture gives exactly the findings in its
 * `.expected.json` (rule id, line, column, message; `UPDATE=1` rewrites them, to be reviewed);
 * and TEI All through salve accepts what Jing accepts (the `--schema tei_all.rng` mode).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Grammar, loadGrammar } from '../../src/validate/relaxng/validate.js';
import {
  EDITION_RNG, HAVE_SHARED, TEI_ALL, type Finding, invalidDocuments, label, salveFindings, validDocuments,
} from '../relaxng/helpers.js';

process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'teikit-rng-'));

const valid = validDocuments();
const invalid = invalidDocuments();

describe('salve with schemas/edition.rng', () => {
  let grammar: Grammar;
  beforeAll(async () => { grammar = await loadGrammar(EDITION_RNG); });

  it.each(valid.map((f) => [label(f), f]))('accepts %s', (_name, file) => {
    expect(salveFindings(grammar, file)).toEqual([]);
  });

  it.each(invalid.map((f) => [label(f), f]))('reports %s as expected', (_name, file) => {
    const expectedFile = file.replace(/\.xml$/, '.expected.json');
    const actual = salveFindings(grammar, file);
    if (process.env.UPDATE === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(expectedFile), `missing ${expectedFile} (run with UPDATE=1, then read it)`).toBe(true);
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Finding[];
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('gives one finding per mistake (no cascade)', () => {
    for (const file of invalid) expect(salveFindings(grammar, file), label(file)).toHaveLength(1);
  });
});

describe('the bundled grammar (converted at install time, or on first use in a checkout)', () => {
  it('accepts the valid fixtures and rejects an invalid one', async () => {
    const grammar = await loadGrammar();
    expect(grammar.path).toBe(EDITION_RNG);
    for (const file of valid.filter((f) => f.includes('tests/relaxng/'))) expect(salveFindings(grammar, file)).toEqual([]);
    expect(salveFindings(grammar, invalid[0]).length).toBeGreaterThan(0);
  });
});

describe.skipIf(!HAVE_SHARED)(`salve with TEI All, the full-conformance mode${HAVE_SHARED ? '' : ' (skipped: ../shared/tei/tei_all.rng is absent)'}`, () => {
  let grammar: Grammar;
  beforeAll(async () => { grammar = await loadGrammar(TEI_ALL); }, 120_000);

  it.each(valid.map((f) => [label(f), f]))('accepts %s', (_name, file) => {
    expect(salveFindings(grammar, file)).toEqual([]);
  });

  it('still rejects markup TEI lacks', () => {
    const unknown = invalid.find((f) => f.endsWith('rng-unknown-element.xml'))!;
    expect(salveFindings(grammar, unknown).map((f) => f.ruleId)).toEqual(['relaxng-element']);
  });
});
