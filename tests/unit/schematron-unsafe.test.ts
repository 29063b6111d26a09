/**
 * A user's rules never read files, the network or the environment (issue 11): the compiler refuses
 * every call of the functions that would (`rules-unsafe-function`), wherever an XPath stands in the
 * rules and however the call is written, and refuses the XSLT instructions that read, write or
 * evaluate; it is not fooled by strings, comments or names that merely contain a function's name.
 */
import { describe, expect, it } from 'vitest';
import { schematronToXslt } from '../../src/validate/schematron/compile.js';

const FN = 'http://www.w3.org/2005/xpath-functions';
const wrap = (body: string): string => `<schema xmlns="http://purl.oclc.org/dsdl/schematron"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:t="urn:t" xmlns:f="${FN}" xmlns:my="urn:my" queryBinding="xslt3">
  <ns prefix="t" uri="urn:t"/><ns prefix="g" uri="${FN}"/><ns prefix="js" uri="http://saxonica.com/ns/globalJS"/>${body}</schema>`;
const inTest = (test: string) => wrap(`<pattern id="p"><rule context="t:a"><assert test="${test}">x</assert></rule></pattern>`);

const FUNCTIONS = ['doc', 'document', 'doc-available', 'unparsed-text', 'unparsed-text-lines', 'unparsed-text-available', 'json-doc',
  'collection', 'uri-collection', 'environment-variable', 'available-environment-variables', 'function-lookup', 'transform'];

/** [where, schema, the call named in the message]. */
const REFUSED: ReadonlyArray<readonly [string, string, string]> = [
  ...FUNCTIONS.map((f) => [`${f} in an assert test`, inTest(`exists(${f}('file:///etc/passwd'))`), f] as const),
  ['fn: prefix', inTest("fn:unparsed-text('file:///etc/passwd')"), 'fn:unparsed-text'],
  ['another prefix bound to fn (in scope)', inTest("f:doc('x')"), 'f:doc'],
  ['another prefix bound to fn (sch:ns)', inTest("g:doc('x')"), 'g:doc'],
  ['EQName', inTest(`Q{${FN}}environment-variable('HOME')`), `Q{${FN}}environment-variable`],
  ['white space before the parenthesis', inTest("doc  \n ('x')"), 'doc'],
  ['a comment before the parenthesis', inTest("doc(: hidden :)('x')"), 'doc'],
  ['a named function reference', inTest("exists(doc#1('x'))"), 'doc'],
  ['after an operator with no space', inTest("1 -doc('x')"), 'doc'],
  ['rule context', wrap("<pattern id='p'><rule context=\"t:a[unparsed-text-available('x')]\"><assert test='1'>x</assert></rule></pattern>"), 'unparsed-text-available'],
  ['schema let', wrap(`<let name="v" value="json-doc('http://example.org/x')"/><pattern id="p"><rule context="t:a"><assert test="$v">x</assert></rule></pattern>`), 'json-doc'],
  ['rule let', wrap(`<pattern id="p"><rule context="t:a"><let name="v" value="collection()"/><assert test="$v">x</assert></rule></pattern>`), 'collection'],
  ['value-of in a message', wrap(`<pattern id="p"><rule context="t:a"><report test="1"><value-of select="unparsed-text('file:///etc/passwd')"/></report></rule></pattern>`), 'unparsed-text'],
  ['xsl:key use', wrap(`<xsl:key name="k" match="t:a" use="doc('x')"/><pattern id="p"><rule context="t:a"><assert test="1">x</assert></rule></pattern>`), 'doc'],
  ['xsl:key match', wrap(`<xsl:key name="k" match="t:a[environment-variable('X')]" use="1"/><pattern id="p"><rule context="t:a"><assert test="1">x</assert></rule></pattern>`), 'environment-variable'],
  ['inside an xsl:function', wrap(`<xsl:function name="my:f"><xsl:sequence select="available-environment-variables()"/></xsl:function><pattern id="p"><rule context="t:a"><assert test="my:f()">x</assert></rule></pattern>`), 'available-environment-variables'],
  ['Saxon JavaScript functions', inTest("js:eval('1')"), 'js:eval'],
];

describe('rules-unsafe-function', () => {
  for (const [where, sch, call] of REFUSED) {
    it(where, async () => {
      const err = await schematronToXslt(sch, 'evil.sch').then(() => undefined, (e: Error) => e);
      expect(err?.message).toContain(`Could not compile the rules \`evil.sch\`: Unexpected call to \`${call}\` in the rules`);
      expect(err?.message).toContain('(rules-unsafe-function)');
    });
  }

  it('refuses the XSLT instructions that read, write or evaluate inside a function', async () => {
    for (const [el, attrs] of [['evaluate', 'xpath="\'1\'"'], ['result-document', 'href="x"'], ['source-document', 'href="x"']]) {
      const sch = wrap(`<xsl:function name="my:f"><xsl:${el} ${attrs}/></xsl:function><pattern id="p"><rule context="t:a"><assert test="my:f()">x</assert></rule></pattern>`);
      await expect(schematronToXslt(sch, 'evil.sch'), el).rejects.toThrow(new RegExp(`Unexpected \`xsl:${el}\` in the rules.*rules-unsafe-function`));
    }
  });

  it('is not fooled by strings, comments, variables or longer names', async () => {
    const sch = inTest("contains(., 'doc(') and not(my:doc(.)) and $document-uri != &quot;unparsed-text(x)&quot; (: doc('x') :) and document-uri(/) and exists(t:collection) and my-doc-available(1)");
    await expect(schematronToXslt(sch.replace('<pattern', '<let name="document-uri" value="1"/><pattern'), 'fine.sch')).resolves.toContain('<xsl:');
  });
});
