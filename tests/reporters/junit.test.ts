import Ajv from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { junit, xmlChars, xmlText } from '../../src/reporters/junit.js';
import { printable } from '../../src/reporters/text.js';
import { expectGolden } from './golden.js';
import { RESULTS } from './synthetic.js';

const STRUCTURE = JSON.parse(readFileSync(new URL('./junit-structure.schema.json', import.meta.url), 'utf8')) as object;

interface Outcome { '@_message': string; '@_type': string; '#text': string }
interface Case { '@_name': string; '@_classname': string; failure?: Outcome; error?: Outcome; 'system-out'?: string }
interface Suite { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; testcase: Case[] }
interface Doc { testsuites: { '@_tests': string; '@_failures': string; '@_errors': string; testsuite?: Suite[] } }

/** Reads JUnit XML back as CI tools do: a conforming parse (saxes) first, then the tree. */
function readBack(xml: string): Doc {
  const sax = new SaxesParser();
  sax.on('error', (e) => { throw e; });
  sax.write(xml).close();
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return parser.parse(xml) as Doc;
}

describe('junit reporter', () => {
  const out = junit(RESULTS, { color: false });
  const doc = readBack(out);
  const suites = doc.testsuites.testsuite ?? [];

  it('matches its golden file', () => expectGolden('junit.xml', out));

  it('is well-formed XML of the structure CI tools read', () => {
    const validate = new Ajv({ allErrors: true }).compile(STRUCTURE);
    expect(validate(doc), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('has a structure schema that rejects what CI tools could not read', () => {
    const validate = new Ajv().compile(STRUCTURE);
    const broken = structuredClone(doc);
    const failing = broken.testsuites.testsuite?.[1].testcase[0];
    delete failing?.failure?.['@_type'];
    expect(validate(broken)).toBe(false);
    const counted = structuredClone(doc);
    if (counted.testsuites.testsuite) counted.testsuites.testsuite[0]['@_tests'] = 'one';
    expect(validate(counted)).toBe(false);
    expect(validate({ testsuites: { ...doc.testsuites, testsuite: [{ '@_name': 'x' }] } })).toBe(false);
  });

  it('has one testsuite per file and counts that add up', () => {
    expect(suites.map((s) => s['@_name'])).toEqual(RESULTS.map((r) => r.file));
    for (const s of suites) {
      expect(Number(s['@_tests'])).toBe(s.testcase.length);
      expect(Number(s['@_failures'])).toBe(s.testcase.filter((c) => c.failure).length);
      expect(Number(s['@_errors'])).toBe(s.testcase.filter((c) => c.error).length);
    }
    const sum = (k: '@_tests' | '@_failures' | '@_errors') => String(suites.reduce((n, s) => n + Number(s[k]), 0));
    expect([doc.testsuites['@_tests'], doc.testsuites['@_failures'], doc.testsuites['@_errors']]).toEqual([sum('@_tests'), sum('@_failures'), sum('@_errors')]);
    expect(doc.testsuites['@_failures']).toBe('2');
    expect(doc.testsuites['@_errors']).toBe('1');
  });

  it('fails one testcase per error, keeps warnings and infos as passing cases, passes a clean file', () => {
    RESULTS.forEach((r, i) => {
      const cases = suites[i].testcase;
      if (!r.diagnostics.length) {
        expect(cases).toEqual([{ '@_name': 'valid', '@_classname': r.file, '@_file': r.file }]);
        return;
      }
      r.diagnostics.forEach((d, j) => {
        const c = cases[j];
        const outcome = c.failure ?? c.error;
        if (d.severity !== 'error') {
          expect(outcome).toBeUndefined();
          expect(c['system-out']).toContain(xmlText(printable(d.message)));
          return;
        }
        expect(d.source === 'io' ? c.error : c.failure).toBeDefined();
        expect(outcome?.['@_type']).toBe(d.ruleId);
        expect(outcome?.['@_message']).toBe(xmlChars(printable(d.message)));
        expect(outcome?.['#text'].startsWith(`${d.file}:${d.line}:${d.column}: `)).toBe(true);
        expect(outcome?.['#text']).toContain(xmlText(printable(d.message)));
      });
    });
  });

  it('escapes <, &, quotes and ]]>, shows controls as \\xNN and replaces other characters XML cannot carry', () => {
    const message = 'a <b> & "c" \'d\' ]]> e\u0001\uFFFE f';
    const xml = junit([{ file: 'x&y.xml', diagnostics: [{ file: 'x&y.xml', line: 1, column: 1, severity: 'error', ruleId: 'r', source: 'xml', message }] }], { color: false });
    expect(xml).not.toContain(']]>');
    const failure = readBack(xml).testsuites.testsuite?.[0].testcase[0].failure;
    expect(failure?.['@_message']).toBe('a <b> & "c" \'d\' ]]> e\\x01\uFFFD f');
    expect(failure?.['#text']).toBe('x&y.xml:1:1: error r: a <b> & "c" \'d\' ]]> e\\x01\uFFFD f');
  });

  it('writes an empty testsuites element for a run without files', () => {
    const empty = readBack(junit([], { color: false }));
    expect(empty.testsuites['@_tests']).toBe('0');
    expect(empty.testsuites.testsuite).toBeUndefined();
  });
});
