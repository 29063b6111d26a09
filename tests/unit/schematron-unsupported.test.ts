/**
 * What teikit's Schematron compiler refuses, each with a clear error rather than silence. This is
 * the list of unsupported ISO Schematron (ISO/IEC 19757-3:2016/2020) features: keep it in step
 * with `docs/rules.md` ("The compiler").
 */
import { describe, expect, it } from 'vitest';
import { schematronToSef, schematronToXslt } from '../../src/validate/schematron/compile.js';

const wrap = (body: string, attrs = ''): string => `<schema xmlns="http://purl.oclc.org/dsdl/schematron"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:t="urn:t" queryBinding="xslt3" ${attrs}>
  <ns prefix="t" uri="urn:t"/>${body}</schema>`;
const rule = '<rule context="t:a"><assert test="true()">x</assert></rule>';

/** [feature, schema, expected message]. */
const UNSUPPORTED: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['sch:include', wrap('<include href="other.sch"/>'), /Unsupported Schematron element `sch:include` \(inline the included file\)/],
  ['abstract patterns', wrap(`<pattern abstract="true" id="p">${rule}</pattern>`), /Unsupported attribute `abstract` on `sch:pattern`.*abstract patterns are not supported/],
  ['pattern instances (is-a)', wrap('<pattern is-a="p" id="q"><param name="x" value="1"/></pattern>'), /Unsupported attribute `is-a` on `sch:pattern`/],
  ['pattern parameters', wrap(`<pattern id="p"><param name="x" value="1"/>${rule}</pattern>`), /Unsupported Schematron element `sch:param`/],
  ['extends by href', wrap(`<pattern id="p"><rule context="t:a"><extends href="x.sch"/></rule></pattern>`), /Unsupported `sch:extends\/@href`, expected `@rule`/],
  ['pattern @documents', wrap(`<pattern id="p" documents="'x.xml'">${rule}</pattern>`), /Unsupported attribute `documents`.*validated document only/],
  ['properties', wrap(`<pattern id="p">${rule}</pattern><properties/>`), /Unsupported Schematron element `sch:properties`/],
  ['sch:group (2020)', wrap(`<group id="g">${rule}</group>`), /Unsupported Schematron element `sch:group` \(use `sch:pattern`\)/],
  ['sch:library (2020)', wrap(`<library>${rule}</library>`), /Unsupported Schematron element `sch:library`/],
  ['rule @visit-each (2020)', wrap('<pattern id="p"><rule context="t:a" visit-each="*"><assert test="true()">x</assert></rule></pattern>'), /Unsupported attribute `visit-each`/],
  ['let with content', wrap(`<let name="x"><t:a/></let><pattern id="p">${rule}</pattern>`), /Unsupported `sch:let` without `@value`/],
  ['let in a phase', wrap(`<phase id="f"><let name="x" value="1"/><active pattern="p"/></phase><pattern id="p">${rule}</pattern>`), /Unsupported `sch:let` in a phase/],
  ['XSLT other than key and function', wrap('<xsl:template match="/"/>'), /Unsupported XSLT element `xsl:template`/],
  ['xsl:include', wrap('<xsl:include href="x.xsl"/>'), /Unsupported XSLT element `xsl:include`/],
  ['other query bindings', wrap(`<pattern id="p">${rule}</pattern>`, 'queryBinding="exslt"').replace('queryBinding="xslt3" ', ''), /Unexpected queryBinding `exslt`/],
  ['markup in messages other than value-of, name, emph, dir, span', wrap('<pattern id="p"><rule context="t:a"><assert test="1"><t:b/></assert></rule></pattern>'), /Unexpected `t:b` in a message/],
];

/** Broken schemas that are not a matter of features. */
const BROKEN: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['not well-formed', '<schema xmlns="http://purl.oclc.org/dsdl/schematron"><pattern>', /Could not read the rules `test.sch`/],
  ['not Schematron', '<rules/>', /Unexpected root element `rules`, expected `sch:schema`/],
  ['unknown role', wrap('<pattern id="p"><rule context="t:a" role="severe"><assert test="1">x</assert></rule></pattern>'), /Unexpected role `severe`, expected `error`, `fatal`, `warning` or `info`/],
  ['extends an unknown rule', wrap('<pattern id="p"><rule context="t:a"><extends rule="nope"/></rule></pattern>'), /Unexpected `sch:extends rule="nope"`, expected the id of an abstract rule/],
  ['duplicate pattern ids', wrap(`<pattern id="p">${rule}</pattern><pattern id="p">${rule}</pattern>`), /Unexpected duplicate pattern id `p`/],
  ['unknown diagnostic', wrap('<pattern id="p"><rule context="t:a"><assert test="1" diagnostics="d">x</assert></rule></pattern>'), /Unexpected diagnostic reference `d`/],
  ['rule without context', wrap('<pattern id="p"><rule><assert test="1">x</assert></rule></pattern>'), /Unexpected rule without `@context`/],
];

describe('unsupported Schematron features fail clearly', () => {
  for (const [feature, sch, message] of UNSUPPORTED) {
    it(feature, async () => {
      await expect(schematronToXslt(sch, 'test.sch')).rejects.toThrow(message);
    });
  }
});

describe('broken schemas fail clearly', () => {
  for (const [what, sch, message] of BROKEN) {
    it(what, async () => {
      await expect(schematronToXslt(sch, 'test.sch')).rejects.toThrow(message);
    });
  }

  it('names the schema and says where, for a context or test that is not XPath', async () => {
    const sch = wrap('<pattern id="p"><rule context="t:a"><assert test="count(">x</assert></rule></pattern>');
    // At the line of the .sch, not of the XSLT generated from it.
    await expect(schematronToSef(sch, 'bad-xpath.sch')).rejects.toThrow(/^Could not compile the rules: bad-xpath\.sch:\d+:\d+: Unexpected XPath `count\(` in `@test` of `assert`, expected a valid XPath 3\.1 expression/);
  });
});
