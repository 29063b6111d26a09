/**
 * The maps of candidates that the validator builds in JavaScript for the compiled rules
 * (src/validate/schematron/node-index.ts): elements by local name and attribute owners by the attribute's
 * local name, in document order; and the same findings whether the rules get the maps or group
 * the nodes themselves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRules } from '../../src/validate/schematron/validate.js';
import { checkText } from '../../src/validate/schematron/check-text.js';
import { schematronToSef, schematronToXslt } from '../../src/validate/schematron/compile.js';
import { nodeIndex } from '../../src/validate/schematron/node-index.js';
import { saxonJs } from '../../src/saxon/load.js';

const DOC = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x">
  <constructor ref="a" x:ref="b"><hasOwnProperty ref="c"/><!-- c --><__proto__ to="1"/></constructor>
  <x:item from="2" to="3">text<x:item x:from="4"/></x:item>
</TEI>`;

const SCH = `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/><ns prefix="x" uri="urn:x"/>
  <pattern id="names"><rule context="t:constructor | t:hasOwnProperty | t:__proto__ | x:item"><report test="true()"><name/></report></rule></pattern>
  <pattern id="refs"><rule context="@ref | @x:ref"><report test="true()"><value-of select="."/></report></rule></pattern>
  <pattern id="spans"><rule context="*[@from or @to]"><report test="true()"><name/></report></rule></pattern>
</schema>`;

const shape = (map: Record<string, { localName?: string }[]>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [k, v.map((n) => n.localName ?? '')]));

describe('the node index of the compiled rules', () => {
  it('lists elements by `#` and local name, and attribute owners once each, in document order', async () => {
    const tree = await saxonJs().getResource({ text: DOC, type: 'xml' });
    const { elements, owners } = nodeIndex(tree);
    expect(shape(elements)).toEqual({
      '#TEI': ['TEI'],
      '#constructor': ['constructor'],
      '#hasOwnProperty': ['hasOwnProperty'],
      '#__proto__': ['__proto__'],
      '#item': ['item', 'item'],
    });
    expect(shape(owners)['#ref']).toEqual(['constructor', 'hasOwnProperty']);
    expect(shape(owners)['#from']).toEqual(['item', 'item']);
    expect(shape(owners)['#to']).toEqual(['__proto__', 'item']);
  });

  describe('in the rules', () => {
    let rules: CompiledRules;
    beforeAll(async () => {
      rules = { path: 'index.sch', sef: JSON.parse(await schematronToSef(SCH, 'index.sch')) as object };
    });

    it('gives the findings that the stylesheet finds by grouping the nodes itself', async () => {
      const given = (await checkText(rules, 'doc.xml', DOC)).map((d) => `${d.ruleId} ${d.message}`).sort();
      expect(given).toEqual([
        'names __proto__', 'names constructor', 'names hasOwnProperty', 'names x:item', 'names x:item',
        'refs a', 'refs b', 'refs c', 'spans __proto__', 'spans x:item',
      ]);
      // The same stylesheet without the maps (the parameters' defaults).
      const s = saxonJs();
      const out = s.XPath.evaluate(
        `transform(map{'stylesheet-text': $x, 'initial-template': QName('http://www.w3.org/1999/XSL/Transform', 'initial-template'),
          'stylesheet-params': map{QName('urn:teikit:diagnostic', 'document'): $d}})?output/*/* ! (@rule || ' ' || normalize-space())`,
        null,
        { params: { x: await schematronToXslt(SCH, 'index.sch'), d: await s.getResource({ text: DOC, type: 'xml' }) } },
      );
      expect((out as string[]).map(String).sort()).toEqual(given);
    });
  });
});
