/**
 * Document-supplied regular expressions (issue 11): `prefixDef/@matchPattern` outside the safe
 * subset gets `pattern-unsafe` at the attribute and is never compiled; the TypeScript checker
 * (the gate) and the XSLT one (`ed:safe-pattern`, what the HTML target asks before it applies a
 * pattern) decide the same on every pattern here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileStylesheet } from '../../src/saxon/compile-xslt.js';
import { parse } from '../../src/xml/parse.js';
import { unsafePattern } from '../../src/xml/patterns.js';
import { saxonJs } from '../../src/saxon/load.js';

/** Patterns real TEI uses (TEI Guidelines 16.2.3, the corpora teikit is tried on). */
const SAFE = ['([a-z]+)', '(.+)', '([A-Za-z0-9_.-]+)', '(\\S+)', '(\\w+)', '(\\w+).(\\w+)', '(Q[1-9][0-9]*)', '([0-9]+)', 'https?://(.+)',
  '([^/]+)/(.+)', '(\\p{Lu}+)', '([a-z-[aeiou]]+)', '(a|b)', '(?:x|y)(.*)', 'a{2,5}b{3}', '(ab){3}', '\\d{4}-\\d{2}-\\d{2}', '(.*?)', 'x'.repeat(256), ''];
/** Patterns that backtrack badly, use what the subset leaves out, or are not patterns at all. */
const UNSAFE = ['(a|aa)+', '(a+)+', '(a*)*', '(a|a)*b', '((a))+b?+', '(ab?){2}', '(a)\\1', '(.*)(.*)(.*)x', 'a?a?a?', '(.+)(.+)(.+)',
  'a|b|c|d|e', '(?=a)', '(?i)a', '[', '(', ')', '+a', 'a{', '\\', '\\p{L', '[a[b]]', 'x'.repeat(257), '(x+x+)+y', '(\\w|\\d)+'];

describe('the safe subset in TypeScript', () => {
  it('accepts the patterns real TEI uses', () => {
    for (const p of SAFE) expect(unsafePattern(p), p).toBeUndefined();
  });

  it('rejects nested quantifiers, quantified alternations, back-references and malformed patterns', () => {
    for (const p of UNSAFE) expect(unsafePattern(p), p).toBeTypeOf('string');
  });
});

describe('the gate', () => {
  const TEI = 'http://www.tei-c.org/ns/1.0';
  const doc = (pattern: string) => `<TEI xmlns="${TEI}"><teiHeader><encodingDesc><listPrefixDef>\n  <prefixDef ident="x" replacementPattern="#$1"\n    matchPattern="${pattern}"/></listPrefixDef></encodingDesc></teiHeader></TEI>`;

  it('reports an unsafe matchPattern at the attribute, as an error that does not stop the checks', () => {
    const p = parse('t.xml', doc('(a|aa)+'));
    expect(p.ok).toBe(true);
    expect(p.diagnostics.map((d) => [d.line, d.column, d.severity, d.ruleId])).toEqual([[3, 5, 'error', 'pattern-unsafe']]);
    expect(p.diagnostics[0].message).toBe('Unexpected `matchPattern` `(a|aa)+` that repeats a group that holds a quantifier or an alternation, expected a regular expression in the safe subset (it is never compiled; see README, "Untrusted input")');
  });

  it('says nothing about a safe one, nor about matchPattern outside prefixDef or the TEI namespace', () => {
    expect(parse('t.xml', doc('([a-z]+)')).diagnostics).toEqual([]);
    expect(parse('t.xml', `<TEI xmlns="${TEI}"><p xmlns="urn:x"><prefixDef matchPattern="(a|aa)+"/></p></TEI>`).diagnostics).toEqual([]);
  });
});

describe('the XSLT checker agrees', () => {
  let dir: string;
  let sef: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'teikit-patterns-'));
    const xsl = join(dir, 'check.xsl');
    const module = fileURLToPath(new URL('../../xslt/common/patterns.xsl', import.meta.url));
    writeFileSync(xsl, `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ed="urn:teikit:ed">
  <xsl:include href="${module}"/>
  <xsl:param name="patterns" as="xs:string*"/>
  <xsl:template name="xsl:initial-template"><xsl:sequence select="$patterns ! ed:safe-pattern(.)"/></xsl:template>
</xsl:stylesheet>`);
    sef = join(dir, 'check.sef.json');
    await compileStylesheet(xsl, sef);
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('on every pattern above', () => {
    const patterns = [...SAFE, ...UNSAFE];
    const out = saxonJs().transform({ stylesheetFileName: sef, initialTemplate: 'Q{http://www.w3.org/1999/XSL/Transform}initial-template', stylesheetParams: { patterns }, destination: 'raw' }) as { principalResult: boolean[] };
    expect(Object.fromEntries(patterns.map((p, i) => [p, out.principalResult[i]]))).toEqual(Object.fromEntries(patterns.map((p) => [p, unsafePattern(p) === undefined])));
  });
});
