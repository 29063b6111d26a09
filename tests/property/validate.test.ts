/**
 * Property-based tests of `validate` (issue 7, "Property-based and conformance testing"): random
 * documents in the edition's vocabulary (generate.ts), half of them with one fault of fault.ts,
 * validated in-process by the library. The validator never throws; every diagnostic names the
 * file, a rule and a source, and stands on a real line and column; a document without a fault has
 * no error; a fault is reported as an error by its rule on its own line.
 * Fixed seed, a few documents: see run.ts for a longer run.
 */
import { readFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../lib/index.js';
import { tempDir } from '../helpers/edition.js';
import { fault, FAULTS } from './fault.js';
import { doc } from './generate.js';
import { SEED, settings, TEST_TIMEOUT, writeDoc } from './run.js';

const dir = tempDir('teikit-property-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCES = ['xml', 'relaxng', 'schematron', 'xslt', 'io'];
const SEVERITIES = ['error', 'warning', 'info'];

describe('validate on random documents', () => {
  it('never throws, places every diagnostic, finds each fault on its line and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(doc, fc.option(fault, { freq: 2, nil: undefined }), async (d, f) => {
        const w = writeDoc(dir, d, f?.content);
        const run = await validate([w.file], { jobs: 1 });
        expect(run.results.map((r) => r.file)).toEqual([w.file]);
        const diagnostics = run.results[0].diagnostics;
        const lines = readFileSync(w.file, 'utf8').split('\n');
        for (const x of diagnostics) {
          const where = `${x.line}:${x.column} ${x.ruleId} ${x.message}`;
          expect(x.file).toBe(w.file);
          expect(x.line, where).toBeGreaterThanOrEqual(1);
          expect(x.line, where).toBeLessThanOrEqual(lines.length);
          expect(x.column, where).toBeGreaterThanOrEqual(1);
          expect(x.column, where).toBeLessThanOrEqual(lines[x.line - 1].length + 1);
          expect(x.ruleId, where).toMatch(/^[a-z][a-z0-9.-]*$/);
          expect(SOURCES, where).toContain(x.source);
          expect(SEVERITIES, where).toContain(x.severity);
          expect(x.message, where).not.toMatch(/^\s*$|undefined|NaN|\[object/);
        }
        const errors = diagnostics.filter((x) => x.severity === 'error');
        if (!f) {
          expect(errors.map((x) => `${x.line}:${x.column} ${x.ruleId} ${x.message}`), `errors in ${w.file}`).toEqual([]);
          return;
        }
        const found = errors.filter((x) => f.rules.includes(x.ruleId) || f.rules.includes(x.source));
        expect(found.map((x) => x.line), `${f.name} reported on line ${w.faultLine}: ${JSON.stringify(errors)}`).toContain(w.faultLine);
      }),
      settings(30),
    );
  }, TEST_TIMEOUT);

  // Every fault at least once, whatever the random draw: in the first generated document.
  const [first] = fc.sample(doc, { seed: SEED, numRuns: 1 });
  it.each(FAULTS.map((f) => [f.name, f] as const))('reports the fault "%s" on its line', async (_, f) => {
    const w = writeDoc(dir, first, f.content);
    const errors = (await validate([w.file], { jobs: 1 })).results[0].diagnostics.filter((x) => x.severity === 'error');
    const found = errors.filter((x) => f.rules.includes(x.ruleId) || f.rules.includes(x.source));
    expect(found.map((x) => x.line), JSON.stringify(errors)).toContain(w.faultLine);
  });
});
