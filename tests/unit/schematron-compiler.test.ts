/**
 * teikit's ISO Schematron compiler on small schemas: asserts and reports, lets at three levels,
 * rule context precedence, xsl:key and xsl:function, value-of and name, @role, @id, @subject,
 * diagnostics, abstract rules with extends, phases; and clear errors for broken schemas.
 * The main schema goes all the way to SEF (as `--rules` does); the rest runs the generated XSLT
 * in-process, which is faster and tests the same output. (The documents are TEI because the
 * parse gate takes nothing else; the compiler itself is not tied to TEI.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { CompiledRules } from '../../src/validate/schematron/validate.js';
import { checkText } from '../../src/validate/schematron/check-text.js';
import { schematronToSef, schematronToXslt } from '../../src/validate/schematron/compile.js';
import { saxonJs } from '../../src/saxon/load.js';

const schema = (body: string, attrs = ''): string => `<schema xmlns="http://purl.oclc.org/dsdl/schematron"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:t="http://www.tei-c.org/ns/1.0" queryBinding="xslt3" ${attrs}>
  <ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/><ns prefix="xs" uri="http://www.w3.org/2001/XMLSchema"/>
  ${body}
</schema>`;

const FEATURES = schema(`
  <let name="limit" value="2"/>
  <xsl:key name="by-id" match="t:*[@id]" use="@id"/>
  <xsl:function name="t:double" as="xs:integer"><xsl:param name="n" as="xs:integer"/><xsl:sequence select="$n * 2"/></xsl:function>
  <pattern id="precedence">
    <rule context="t:item[@special]"><report test="true()" id="precedence.special">special <name/></report></rule>
    <rule context="t:item"><report test="true()">plain</report></rule>
  </pattern>
  <pattern id="lets">
    <let name="total" value="count(//t:item)"/>
    <rule context="t:TEI" role="warning">
      <let name="n" value="count(t:item)"/>
      <assert test="$n le $limit" id="lets.limit">Unexpected <value-of select="$n"/> items of <value-of select="$total"/>, expected at most <value-of select="$limit"/></assert>
    </rule>
  </pattern>
  <pattern id="keys">
    <rule context="@ref"><assert test="key('by-id', .)" diagnostics="why">Unresolved <value-of select="."/></assert></rule>
  </pattern>
  <pattern id="roles">
    <rule context="t:info"><report test="true()" role="info">an info</report><report test="true()" role="fatal">a fatal</report></rule>
  </pattern>
  <pattern id="function">
    <rule context="t:num"><assert test="t:double(xs:integer(.)) = 4">double of <value-of select="."/> is not 4</assert></rule>
  </pattern>
  <pattern id="abstract">
    <rule abstract="true" id="has-id"><assert test="@id" id="abstract.id">no id on <name/></assert></rule>
    <rule context="t:TEI"><extends rule="has-id"/></rule>
  </pattern>
  <pattern id="subject">
    <rule context="t:TEI" subject="t:item[1]" role="info"><report test="true()">first item</report></rule>
  </pattern>
  <diagnostics><diagnostic id="why">(in <value-of select="name(..)"/>)</diagnostic></diagnostics>`);

const DOC = `<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <item special="1"/>
  <item ref="a"/>
  <item id="a" ref="zz"/>
  <info/>
  <num>2</num><num>3</num>
</TEI>`;

const line = (d: Diagnostic): string => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`;

/** Compiles a schema to XSLT and runs it in-process; returns `rule severity text` lines. */
async function runInProcess(sch: string, doc: string, phase?: string): Promise<string[]> {
  const xslt = await schematronToXslt(sch, 'test.sch', phase);
  const s = saxonJs();
  const source = await s.getResource({ text: doc, type: 'xml' });
  const out = s.XPath.evaluate(
    `transform(map{'stylesheet-text': $x, 'initial-template': QName('http://www.w3.org/1999/XSL/Transform', 'initial-template'),
      'stylesheet-params': map{QName('urn:teikit:diagnostic', 'document'): $d}})?output/*/* ! (@rule || ' ' || @severity || ' ' || normalize-space())`,
    null,
    { params: { x: xslt, d: source } },
  );
  return (Array.isArray(out) ? out : [out]).map(String);
}

describe('the Schematron compiler, compiled to SEF', () => {
  let rules: CompiledRules;
  beforeAll(async () => {
    rules = { path: 'features.sch', sef: JSON.parse(await schematronToSef(FEATURES, 'features.sch')) as object };
  });

  it('reports every feature with its line, severity, pattern id and assert id, sorted by position', async () => {
    const found = (await checkText(rules, 'doc.xml', DOC)).map(line);
    expect(found).toEqual([
      '1:1 error abstract no id on TEI [abstract.id]',
      '1:1 warning lets Unexpected 3 items of 3, expected at most 2 [lets.limit]',
      '2:3 error precedence special item [precedence.special]',
      '2:3 info subject first item',
      '3:3 error precedence plain',
      '4:3 error keys Unresolved zz (in item)',
      '4:3 error precedence plain',
      '5:3 info roles an info',
      '5:3 error roles a fatal',
      '6:15 error function double of 3 is not 4',
    ]);
  });

  it('gives the path of the node and no url for rules outside the registry', async () => {
    const found = await checkText(rules, 'doc.xml', DOC);
    const keys = found.find((d) => d.ruleId === 'keys');
    expect(keys?.xpath).toBe('/TEI/item[3]/@ref');
    expect(keys?.url).toBeUndefined();
    expect(keys?.source).toBe('schematron');
  });
});

describe('the Schematron compiler, in-process', () => {
  it('fires only the first matching rule of a pattern, in document order of the rules', async () => {
    const sch = schema(`<pattern id="p">
      <rule context="t:item"><report test="true()">general</report></rule>
      <rule context="t:item[@special]"><report test="true()">never reached</report></rule>
    </pattern>`);
    expect(await runInProcess(sch, DOC)).toEqual(['p error general', 'p error general', 'p error general']);
  });

  it('compiles only the patterns of the chosen phase, and the default phase', async () => {
    const body = `<phase id="only-b"><active pattern="b"/></phase>
      <pattern id="a"><rule context="t:TEI"><report test="true()">a</report></rule></pattern>
      <pattern id="b"><rule context="t:TEI"><report test="true()">b</report></rule></pattern>`;
    expect(await runInProcess(schema(body), DOC)).toEqual(['a error a', 'b error b']);
    expect(await runInProcess(schema(body), DOC, 'only-b')).toEqual(['b error b']);
    expect(await runInProcess(schema(body, 'defaultPhase="only-b"'), DOC)).toEqual(['b error b']);
    await expect(runInProcess(schema(body), DOC, 'nope')).rejects.toThrow(/Unexpected phase `nope`, expected `#ALL` or one of: only-b/);
  });

  it('lets a caller set a schema-level let as a parameter', async () => {
    const sch = schema(`<let name="file-id" value="'none'"/>
      <pattern id="p"><rule context="/t:TEI"><report test="true()">file <value-of select="$file-id"/></report></rule></pattern>`);
    expect(await runInProcess(sch, DOC)).toEqual(['p error file none']);
  });

  it('matches contexts of every kind: the document node, text, attributes, unions', async () => {
    const sch = schema(`<pattern id="p">
      <rule context="/"><report test="true()">root</report></rule>
      <rule context="t:num/text() | @special"><report test="true()"><value-of select="."/></report></rule>
    </pattern>`);
    expect(await runInProcess(sch, DOC)).toEqual(['p error root', 'p error 1', 'p error 2', 'p error 3']);
  });

  it('visits the nodes of a variable for a context rooted in it, alone or in a union', async () => {
    const sch = schema(`<pattern id="p">
      <let name="suspects" value="//t:item[@ref]/@ref"/>
      <rule context="$suspects[. ne 'a'] | t:num"><report test="true()"><name/>=<value-of select="."/></report></rule>
    </pattern>`);
    expect(await runInProcess(sch, DOC)).toEqual(['p error ref=zz', 'p error num=2', 'p error num=3']);
  });

  it('visits each element once for a wildcard context that asks for attributes (looked up by attribute)', async () => {
    const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x">
      <a from="1" to="2"/><b to="3"/><c x:from="4"/><d other="5"/><x:e from="6"/></TEI>`;
    const sch = schema(`<ns prefix="x" uri="urn:x"/><pattern id="p">
      <rule context="t:*[@from or @to]"><report test="true()"><name/></report></rule>
    </pattern><pattern id="q">
      <rule context="*[ @x:from ]"><report test="true()"><name/></report></rule>
    </pattern>`);
    expect((await runInProcess(sch, doc)).sort()).toEqual(['p error a', 'p error b', 'q error c']);
  });
});
