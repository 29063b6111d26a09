/**
 * The run checks (issue 11): every rule id that says a document could not be read, rendered,
 * written or finished in time is in the registry and documented in docs/rules.md, and is the
 * kind of error that makes a command exit 2.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRunFailure } from '../../src/cli/exit.js';
import { ruleInfo, runChecks } from '../../src/diagnostics/rules.js';
import { budgetDiagnostic, maxSeconds } from '../../src/exec/budget.js';
import { ROOT } from '../helpers/cli.js';

describe('the run checks', () => {
  it('are registered and documented', () => {
    const docs = readFileSync(`${ROOT}docs/rules.md`, 'utf8');
    expect(runChecks().map((r) => r.id)).toEqual(['io-file-name', 'build-write', 'build-target', 'output-is-input', 'time-budget', 'internal-error']);
    for (const r of runChecks()) {
      expect(ruleInfo(r.id)).toBe(r);
      expect(docs).toContain(`\n## ${r.id}\n\n**${r.severity}.**`);
    }
  });

  it('exit 2: a time-budget error is a run failure, a duplicate id is the input\'s fault', () => {
    expect(isRunFailure(budgetDiagnostic('a.xml', 600))).toBe(true);
    expect(isRunFailure({ ...budgetDiagnostic('a.xml', 600), ruleId: 'build-duplicate-id' })).toBe(false);
    expect(isRunFailure({ ...budgetDiagnostic('a.xml', 600), source: 'xml', ruleId: 'xml-empty' })).toBe(false);
  });

  it('TEIKIT_MAX_SECONDS defaults to 600 and refuses what is not a whole number above 0', () => {
    const saved = process.env.TEIKIT_MAX_SECONDS;
    try {
      delete process.env.TEIKIT_MAX_SECONDS;
      expect(maxSeconds()).toBe(600);
      process.env.TEIKIT_MAX_SECONDS = '5';
      expect(maxSeconds()).toBe(5);
      expect(maxSeconds(2)).toBe(2);
      for (const bad of ['0', '-1', '1.5', 'ten']) {
        process.env.TEIKIT_MAX_SECONDS = bad;
        expect(() => maxSeconds(), bad).toThrow(/^Unexpected TEIKIT_MAX_SECONDS/);
      }
    } finally {
      if (saved === undefined) delete process.env.TEIKIT_MAX_SECONDS;
      else process.env.TEIKIT_MAX_SECONDS = saved;
    }
  });
});
