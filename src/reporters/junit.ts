/**
 * `--format junit`: JUnit XML as CI services read it (issue 3, Diagnostics): `<testsuites>` with
 * one `<testsuite>` per file and one `<testcase>` per finding.
 *
 * - an error is a failing testcase: `<failure message="…" type="ruleId">file:line:column …</failure>`;
 *   an error of the `io` source (the file could not be checked at all) is an `<error>` instead,
 *   counted in `errors` as JUnit counts tests that could not run;
 * - a warning or info is a passing testcase whose `<system-out>` says what was found, so that it
 *   is visible in the CI's test view without failing the build (warnings fail a run only through
 *   `--max-warnings`, which the exit code reports); they are not `<skipped>`, since the check did run;
 * - a finding recorded in the baseline (`--baseline`) passes, its `<system-out>` starting `baselined:`;
 * - a file without findings is one passing testcase named `valid`.
 *
 * Built with fast-xml-parser's XMLBuilder, which escapes `<`, `&`, `>` and quotes; characters
 * that XML 1.0 cannot carry (§2.2 Char) become U+FFFD, and attribute values are kept on one line.
 * Control and bidi characters of paths, rule ids and messages are shown as `\xNN` / `\u{NNNN}`
 * (`visible`), so no raw line break stands in `file` or `classname`.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { printable, visible } from './text.js';
import type { Reporter } from './types.js';

type Node = Record<string, unknown>;

/**
 * Replaces every character outside XML 1.0 `Char` (controls, lone surrogates, U+FFFE/FFFF).
 * @param text any text.
 */
export function xmlChars(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
}

/**
 * Text for element content: XML characters only, line breaks as `\n` (a parser would turn a
 * raw CR into LF anyway, XML 1.0 §2.11).
 * @param text any text.
 */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/\r\n?/g, '\n');
}

function detail(d: Diagnostic): string {
  const lines = [`${visible(d.file)}:${d.line}:${d.column}: ${d.severity} ${visible(d.ruleId)}: ${printable(d.message)}`];
  if (d.xpath) lines.push(`at ${visible(d.xpath)}`);
  if (d.url) lines.push(`see ${visible(d.url)}`);
  return xmlText(lines.join('\n'));
}

function testcase(d: Diagnostic): Node {
  const node: Node = {
    '@_name': xmlChars(`${visible(d.ruleId)} at ${d.line}:${d.column}`),
    '@_classname': xmlChars(visible(d.file)),
    '@_file': xmlChars(visible(d.file)),
    '@_line': String(d.line),
  };
  if (d.baselined) return { ...node, 'system-out': `baselined: ${detail(d)}` };
  if (d.severity !== 'error') return { ...node, 'system-out': detail(d) };
  const outcome = d.source === 'io' ? 'error' : 'failure';
  return { ...node, [outcome]: { '@_message': xmlChars(printable(d.message)), '@_type': xmlChars(visible(d.ruleId)), '#text': detail(d) } };
}

function testsuite(r: FileResult): Node {
  const errors = r.diagnostics.filter((d) => d.severity === 'error' && !d.baselined);
  const ioErrors = errors.filter((d) => d.source === 'io').length;
  const cases = r.diagnostics.length
    ? r.diagnostics.map(testcase)
    : [{ '@_name': 'valid', '@_classname': xmlChars(visible(r.file)), '@_file': xmlChars(visible(r.file)) }];
  return {
    '@_name': xmlChars(visible(r.file)),
    '@_tests': String(cases.length),
    '@_failures': String(errors.length - ioErrors),
    '@_errors': String(ioErrors),
    '@_skipped': '0',
    testcase: cases,
  };
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });

/** `--format junit`: JUnit XML, one testsuite per file, one failing testcase per error. */
export const junit: Reporter = (results) => {
  const suites = results.map(testsuite);
  const sum = (key: string): string => String(suites.reduce((n, s) => n + Number(s[key]), 0));
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': 'teikit validate',
      '@_tests': sum('@_tests'),
      '@_failures': sum('@_failures'),
      '@_errors': sum('@_errors'),
      '@_skipped': '0',
      testsuite: suites,
    },
  };
  return builder.build(doc) as string;
};
