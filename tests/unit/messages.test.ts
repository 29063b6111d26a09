/**
 * Messages that point at the fix (issue 14, point 5): "did you mean" for unknown elements,
 * attributes and closed values; the first of two duplicate ids; where an element left open was
 * opened; a hint for a bare `<`; one finding for one wrong `@when`; readable element paths; a bad
 * XPath in a user's rules at its line of the `.sch`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readablePath } from '../../src/diagnostics/xpath.js';
import { closest, slips } from '../../src/validate/relaxng/messages.js';
import { settle } from '../../src/validate/settle.js';
import { type Checkers, loadCheckers, validateText } from '../../src/validate/document.js';
import { schematronToSef } from '../../src/validate/schematron/compile.js';
import { ROOT } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'teikit-messages-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const EDITION = readFileSync(`${ROOT}edition/oss-ra-3039s.xml`, 'utf8');

let checkers: Checkers;
beforeAll(async () => {
  checkers = await loadCheckers();
});

/**
 * The edition with one line changed, checked as `validate` checks it.
 * @param near where the line was when the test was written: the line holding `from` nearest to it
 *   is changed, so that revisions of the edition do not break the test.
 */
async function check(near: number, from: string | RegExp, to: string): Promise<Diagnostic[]> {
  const lines = EDITION.split('\n');
  const holds = (l: string): boolean => (typeof from === 'string' ? l.includes(from) : from.test(l));
  const candidates = lines.map((l, i) => (holds(l) ? i + 1 : 0)).filter((n) => n > 0);
  const line = candidates.sort((a, b) => Math.abs(a - near) - Math.abs(b - near))[0] ?? near;
  const changed = lines[line - 1].replace(from, to);
  expect(changed, 'the edit applies').not.toBe(lines[line - 1]);
  lines[line - 1] = changed;
  const file = join(DIR, 'oss-ra-3039s.xml');
  writeFileSync(file, lines.join('\n'));
  const v = await validateText(file, lines.join('\n'), checkers);
  return settle(file, v.result.diagnostics);
}

describe('did you mean', () => {
  it('suggests `placeName` first for `placeNmae`, in a short list and in a long one', async () => {
    const place = EDITION.split('\n').findIndex((l) => l.includes('<placeName>West Central Siberia</placeName>')) + 1;
    // A second name of the place, misspelt: the element is expected among several.
    const [d] = await check(place, '<placeName>West Central Siberia</placeName>', '<placeName>West Central Siberia</placeName><placeNmae>Western Siberia</placeNmae>');
    expect(d.message).toBe('Unexpected element `placeNmae` in `place` (did you mean `placeName`?), expected one of `placeName`, `idno`, `location`, `note`');
    const para = EDITION.split('\n').findIndex((l) => l.includes('<placeName ref="reg:pl_japan">Japan</placeName>. On')) + 1;
    const [inText] = await check(para, '<placeName ref="reg:pl_japan">Japan</placeName>. On', '<placeNmae ref="reg:pl_japan">Japan</placeNmae>. On');
    expect(inText.ruleId).toBe('relaxng-element');
    expect(inText.message).toMatch(/^Unexpected element `placeNmae` in `p` \(did you mean `placeName`\?\), expected one of `placeName`, /);
  });

  it('suggests an attribute', async () => {
    const place = EDITION.split('\n').findIndex((l) => l.includes('<placeName>West Central Siberia</placeName>')) + 1;
    const [d] = await check(place, '<placeName>West Central Siberia', '<placeName rfe="#pl_ussr">West Central Siberia');
    expect(d.message).toMatch(/^Unexpected attribute `rfe` on `placeName` \(did you mean `ref`\?\), expected one of `ref`, `ana`/);
  });

  it('suggests a value of a closed list', async () => {
    const line = EDITION.split('\n').findIndex((l) => l.includes('<fw type="classification"')) + 1;
    const list = await check(line, '<fw type="classification"', '<fw type="clasification"');
    const d = list.find((x) => x.ruleId === 'relaxng-attribute-value');
    expect(d?.message).toMatch(/^Unexpected value "clasification" of `type` on `fw` \(did you mean "classification"\?\), expected one of /);
  });

  it('does not guess for a known element in the wrong place, nor for names far apart', () => {
    expect(closest('placeNmae', ['placeName', 'persName', 'orgName'])).toEqual(['placeName']);
    expect(closest('p', ['pb', 'lb'])).toEqual([]);
    expect(closest('foo', ['placeName'])).toEqual([]);
    expect(closest('PLACENAME', ['placeName'])).toEqual(['placeName']);
    expect(slips('rfe', 'ref')).toBe(1);
  });
});

describe('where the other half is', () => {
  it('a duplicate id names the first occurrence', async () => {
    const list = await check(13, 'xml:id="resp_notes"', 'xml:id="resp_encoding"');
    const d = list.find((x) => x.ruleId === 'relaxng-duplicate-id');
    expect(d?.message).toBe('Unexpected duplicate `xml:id` "resp_encoding" (the first is at line 9, column 9), expected each ID to be declared once');
  });

  it('an element left open is reported with the line where it opened', async () => {
    const [d] = await check(82, '<p>teikit: a toolkit', '<p>teikit: <hi>a toolkit');
    expect(d).toMatchObject({ ruleId: 'xml-well-formed', line: 83 });
    expect(d.message).toBe('Unexpected end tag `</p>`, expected `</hi>` (`<hi>` is opened at line 83, column 20 and not closed)');
  });

  it('a bare `<` gets a hint, as a bare `&` does', async () => {
    const [d] = await check(82, 'teikit: a toolkit', 'teikit: a < toolkit');
    expect(d.message).toBe('Unexpected white space after `<`, expected a tag name after `<`, or `&lt;` for a literal less-than sign');
    const [digit] = await check(82, 'teikit: a toolkit', 'teikit: a<1 toolkit');
    expect(digit.message).toBe('Unexpected `1` after `<`, expected a tag name after `<`, or `&lt;` for a literal less-than sign');
  });
});

describe('one mistake, one finding', () => {
  it('a wrong `@when` in the header gives one error, in the words of the date rule', async () => {
    const list = await check(69, 'origDate when="1945-04-13"', 'origDate when="1945-13-04"');
    expect(list.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['70:21 relaxng-attribute-value']);
    expect(list[0].message).toBe('Unexpected value "1945-13-04" of `when` on `origDate`, expected an ISO 8601 date (`1945-04-13`, `1945-04`, `1945`)');
  });

  it('a wrong `@when` in the text gives one error', async () => {
    const list = await check(487, '<date when="1945-04-07">', '<date when="1945-04-37">');
    expect(list.map((d) => d.ruleId)).toEqual(['relaxng-attribute-value']);
  });
});

describe('element paths', () => {
  it('reads TEI paths without the namespace and without [1]', () => {
    const T = 'Q{http://www.tei-c.org/ns/1.0}';
    expect(readablePath(`/${T}TEI[1]/${T}text[1]/${T}body[1]/${T}div[1]/${T}p[7]/${T}quote[2]`)).toBe('/TEI/text/body/div/p[7]/quote[2]');
    expect(readablePath(`/${T}TEI[1]/${T}text[1]/@ref`)).toBe('/TEI/text/@ref');
    expect(readablePath(`/${T}TEI[1]/@Q{http://www.w3.org/XML/1998/namespace}id`)).toBe('/TEI/@xml:id');
    expect(readablePath(`/${T}TEI[1]/Q{urn:x}extra[2]/text()[3]`)).toBe('/TEI/Q{urn:x}extra[2]/text()[3]');
  });

  it('is what the rules report', async () => {
    const list = await check(13, 'xml:id="resp_notes"', 'xml:id="resp_encoding"');
    const refs = list.filter((d) => d.ruleId === 'ref-resolves');
    for (const d of refs) expect(d.xpath).toMatch(/^\/TEI(\/[A-Za-z]+(\[\d+\])?)+\/@[a-z]+$/);
    expect(refs.map((d) => d.xpath)).toContainEqual(expect.stringMatching(/^\/TEI\/text\/body\/div\/p(\[\d+\])?\/note(\[\d+\])?\/@resp$/));
  });
});

describe('errors in a user\'s rules', () => {
  const sch = (test: string, context = 'tei:p') => `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="mine">
    <rule context="tei:note">
      <assert test="@place">ok</assert>
    </rule>
    <rule context="${context}">
      <assert test="${test}">broken</assert>
    </rule>
  </pattern>
</schema>
`;

  it('a bad XPath in a test is reported at its line of the .sch', async () => {
    await expect(schematronToSef(sch('count(tei:hi) ==== 2'), 'mine.sch')).rejects.toThrow(
      /^Could not compile the rules: mine\.sch:8:7: Unexpected XPath `count\(tei:hi\) ==== 2` in `@test` of `assert`, expected a valid XPath 3\.1 expression \(XPST0003: /,
    );
  });

  it('a bad XPath in a context is reported at its line of the .sch', async () => {
    await expect(schematronToSef(sch('true()', 'tei:p[['), 'mine.sch')).rejects.toThrow(/^Could not compile the rules: mine\.sch:7:5: Unexpected XPath `tei:p\[\[` in `@context` of `rule`/);
  });
});
