/**
 * One passing and one failing fixture per editorial rule (docs/encoding.md §10, docs/rules.md), discovered from the
 * folders beside this file: `<rule-id>/<rule-id>-ok.xml` must give no diagnostic at all,
 * `<rule-id>/<rule-id>-bad.xml` exactly the lines of `<rule-id>-bad.expected.txt`
 * (`line:column severity ruleId message`). `UPDATE=1` rewrites the expected files.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/diagnostics/rules.js';
import { type CompiledRules, loadRules } from '../../src/validate/schematron/validate.js';
import { checkText, diagnosticLine } from '../../src/validate/schematron/check-text.js';

const HERE = fileURLToPath(new URL('./', import.meta.url));
const CASES = readdirSync(HERE).filter((f) => statSync(`${HERE}${f}`).isDirectory()).sort();

let rules: CompiledRules;
beforeAll(async () => {
  rules = await loadRules();
});

describe('Schematron fixtures', () => {
  it('has a fixture folder for every rule id and no other', () => {
    expect(CASES).toEqual(allRules().map((r) => r.id).sort());
  });

  for (const id of CASES) {
    describe(id, () => {
      it('passes the ok fixture', async () => {
        const file = `${HERE}${id}/${id}-ok.xml`;
        const found = await checkText(rules, file, readFileSync(file, 'utf8'));
        expect(found.map(diagnosticLine)).toEqual([]);
      });

      it('reports the bad fixture as expected', async () => {
        const file = `${HERE}${id}/${id}-bad.xml`;
        const expectedFile = `${HERE}${id}/${id}-bad.expected.txt`;
        const found = await checkText(rules, file, readFileSync(file, 'utf8'));
        const lines = found.map(diagnosticLine);
        expect(found.some((d) => d.ruleId === id)).toBe(true);
        if (process.env.UPDATE === '1') writeFileSync(expectedFile, lines.map((l) => `${l}\n`).join(''));
        expect(existsSync(expectedFile), `missing ${expectedFile} (run with UPDATE=1, then read it)`).toBe(true);
        expect(lines).toEqual(readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean));
      });
    });
  }
});
