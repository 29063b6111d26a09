/**
 * The well-formedness gate on the W3C XML Conformance Test Suite (issue 3, step 1). The known
 * exceptions are data (`conformance-exceptions.json`, each with its reason): the test fails when a
 * new mismatch appears, when a listed exception disappears, or when the measured figures change.
 * What is selected and expected is documented in `conformance.ts`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CaseResult, runCase, selectedCases } from './conformance.js';

interface Exceptions {
  figures: Record<string, number>;
  exceptions: { id: string; mismatch: string; reason: string }[];
}

const expected = JSON.parse(readFileSync(new URL('./conformance-exceptions.json', import.meta.url), 'utf8')) as Exceptions;

describe('W3C XML Conformance Test Suite through the gate', () => {
  let results: CaseResult[] = [];
  beforeAll(async () => {
    results = (await selectedCases()).map(runCase);
  });

  it('has exactly the listed exceptions, each with a reason', () => {
    const actual = results.filter((r) => r.mismatch).map((r) => ({ id: r.id, mismatch: r.mismatch }));
    expect(actual).toEqual(expected.exceptions.map(({ id, mismatch }) => ({ id, mismatch })));
    for (const e of expected.exceptions) expect(e.reason.length).toBeGreaterThan(20);
  });

  it('measures the recorded figures', () => {
    const count = (f: (r: CaseResult) => boolean) => results.filter(f).length;
    const wf = (r: CaseResult) => r.type !== 'not-wf';
    const figures = {
      selected: results.length,
      notWf: count((r) => !wf(r)),
      notWfRejected: count((r) => !wf(r) && !r.accepted),
      notWfWithoutDoctype: count((r) => !wf(r) && !r.doctype),
      notWfWithoutDoctypeRejected: count((r) => !wf(r) && !r.doctype && !r.accepted),
      wfWithDoctype: count((r) => wf(r) && r.doctype),
      wfWithDoctypeAsExpected: count((r) => wf(r) && r.doctype && !r.mismatch),
      wfWithIgnoredDoctype: count((r) => wf(r) && r.ignoredDoctype),
      wfWithIgnoredDoctypeAccepted: count((r) => wf(r) && r.ignoredDoctype && r.accepted),
      notWfWithIgnoredDoctype: count((r) => !wf(r) && r.ignoredDoctype),
      wfWithoutDoctype: count((r) => wf(r) && !r.doctype),
      wfWithoutDoctypeAccepted: count((r) => wf(r) && !r.doctype && r.accepted),
    };
    expect(figures).toEqual(expected.figures);
  });
});
