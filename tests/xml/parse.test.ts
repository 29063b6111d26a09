import { describe, expect, it } from 'vitest';
import type { ParseObserver } from '../../src/xml/document.js';
import { parse } from '../../src/xml/parse.js';
import type { XmlLimits } from '../../src/xml/limits.js';
import type { Position } from '../../src/xml/positions.js';

const TEI = 'http://www.tei-c.org/ns/1.0';
const LIMITS = { maxBytes: 1 << 30, maxDepth: 1000, maxTextLength: 1 << 20 };
const tei = (body: string, nl = '\n') => `<TEI xmlns="${TEI}">${nl}${body}${nl}</TEI>`;

/** Start-tag positions of every element, in document order. */
function starts(text: string): [number, number][] {
  const p = parse('t.xml', text, [], LIMITS);
  expect(p.diagnostics).toEqual([]);
  return Array.from({ length: p.positions.size }, (_, i) => {
    const at = p.positions.positionOf(i);
    return [at.line, at.column];
  });
}

describe('start-tag positions (the `<`, 1-based, UTF-16 columns)', () => {
  it('counts astral characters as two columns', () => {
    expect(starts(tei('𝔸𝔹<p/>𝕮 <p/>'))).toEqual([[1, 1], [2, 5], [2, 12]]);
  });

  it('counts CRLF as one line end', () => {
    expect(starts(tei('  <p/>\r\n\t<p\r\n/>', '\r\n'))).toEqual([[1, 1], [2, 3], [3, 2]]);
  });

  it('counts a lone CR as a line end (XML 1.0 §2.11)', () => {
    expect(starts(tei('<p/>\r<p/>', '\r'))).toEqual([[1, 1], [2, 1], [3, 1]]);
  });

  it('places a tag split over lines at its `<`', () => {
    expect(starts(`<TEI\n  xmlns="${TEI}"\n>\n  <p\n   n="1"\n  >x</p\n  ></TEI>`)).toEqual([[1, 1], [4, 3]]);
  });

  it('gives observers the start tag, the end tag and the start of each text', () => {
    const seen: string[] = [];
    const fmt = (p: Position) => `${p.line}:${p.column}`;
    const o: ParseObserver = {
      startElement: (n, at) => seen.push(`<${n.local} ${fmt(at)}`),
      endElement: (n, at) => seen.push(`</${n.local} ${fmt(at)}`),
      text: (t, at) => seen.push(`"${t.trim()}" ${fmt(at)}`),
      end: (at) => seen.push(`end ${fmt(at)}`),
    };
    parse('t.xml', `<TEI xmlns="${TEI}"><p>a &amp; b</p>\n<lb/><![CDATA[c]]></TEI>`, [o], LIMITS);
    expect(seen).toEqual(['<TEI 1:1', '<p 1:42', '"a & b" 1:45', '</p 1:54', '"" 1:58', '<lb 2:1', '</lb 2:1', '"c" 2:6', '</TEI 2:19', 'end 2:25']);
  });

  it('records the root and its xml:id', () => {
    const p = parse('t.xml', `<TEI xmlns="${TEI}" xml:id="doc-1"/>`, [], LIMITS);
    expect(p).toMatchObject({ ok: true, root: { ns: TEI, local: 'TEI' }, id: 'doc-1' });
  });
});

/** The first diagnostic of a document the gate must reject. */
function first(text: string, limits: Partial<XmlLimits> = LIMITS) {
  const p = parse('t.xml', text, [], limits);
  expect(p.ok).toBe(false);
  const { line, column, ruleId, message } = p.diagnostics[0];
  return { line, column, ruleId, message };
}

describe('diagnostics of the gate', () => {
  it('rejects a DOCTYPE at its line, after a declaration and a comment', () => {
    const d = first(`<?xml version="1.0"?>\n<!-- a -->\n\n<!DOCTYPE TEI [\n<!ENTITY e "x">\n]>\n${tei('&e;')}`);
    expect(d).toMatchObject({ line: 4, column: 1, ruleId: 'xml-doctype' });
    expect(d.message).toMatch(/^Unexpected `<!DOCTYPE`, expected no document type declaration/);
  });

  it('reports a DOCTYPE that saxes cannot even read at the DOCTYPE', () => {
    expect(first('\n<!DOCTYPE TEI [ <!ENTITY e "&x"> \n')).toMatchObject({ line: 2, column: 1, ruleId: 'xml-doctype' });
  });

  it('reports a bare & where it stands, not at the end of the document', () => {
    expect(first(tei('<p>Smith & Sons</p>\n<p>more</p>\n\n'))).toMatchObject({ line: 2, column: 10, ruleId: 'xml-ampersand' });
    expect(first(tei('<p n="a & b">x;</p>'))).toMatchObject({ line: 2, column: 9, ruleId: 'xml-ampersand' });
    expect(first(tei('<p>&amp; &lt; &#65; &#x42; & ;</p>'))).toMatchObject({ line: 2, column: 28, ruleId: 'xml-ampersand' });
  });

  it('does not blame an & inside a comment or CDATA section', () => {
    const d = first(tei('<!-- & --><![CDATA[ & ]]><p>&nope;</p>'));
    expect(d).toMatchObject({ line: 2, column: 29, ruleId: 'xml-entity' });
  });

  it('rejects an undefined entity reference at its `&`, without expanding anything', () => {
    const d = first(tei('<p>x &foo; y</p>'));
    expect(d).toMatchObject({ line: 2, column: 6, ruleId: 'xml-entity' });
    expect(d.message).toContain('`&foo;`');
  });

  it('rejects a character reference to a character XML forbids', () => {
    expect(first(tei('<p>&#0;</p>'))).toMatchObject({ line: 2, column: 4, ruleId: 'xml-well-formed' });
  });

  it('names the unclosed element and where it opened', () => {
    const d = first(`<TEI xmlns="${TEI}">\n  <p>\n  <hi>x</hi>\n`);
    expect(d.ruleId).toBe('xml-well-formed');
    expect(d.message).toBe('Unexpected end of document, expected the end tag `</p>` (the start tag is at line 2, column 3)');
  });

  it('names the expected end tag on a mismatch', () => {
    expect(first(tei('<p><hi>x</p>')).message).toBe('Unexpected end tag `</p>`, expected `</hi>` (`<hi>` is opened at line 2, column 4 and not closed)');
  });

  it('names a disallowed control character at its position', () => {
    expect(first(tei('<p>a\u0001</p>'))).toMatchObject({ line: 2, column: 5, message: expect.stringContaining('U+0001') });
  });

  it('caps nesting depth: 100,000 nested elements are rejected at the first one too deep', () => {
    const n = 100_000;
    const text = `<TEI xmlns="${TEI}">${'<div>'.repeat(n)}${'</div>'.repeat(n)}</TEI>`;
    const doc = parse('t.xml', text, [], { ...LIMITS, maxDepth: 1000 });
    expect(doc.diagnostics).toHaveLength(1);
    const d = doc.diagnostics[0];
    expect(d).toMatchObject({ line: 1, column: 42 + 5 * 999, ruleId: 'xml-depth' });
    expect(d.message).toMatch(/deeper than 1000 elements.*TEIKIT_MAX_DEPTH/);
  });

  it('caps the length of a text node, at the start of the text', () => {
    const d = first(tei(`<p>${'x'.repeat(2000)}</p>`), { ...LIMITS, maxTextLength: 1000 });
    expect(d).toMatchObject({ line: 2, column: 4, ruleId: 'xml-text-size' });
    expect(first(tei(`<p><![CDATA[${'x'.repeat(2000)}]]></p>`), { ...LIMITS, maxTextLength: 1000 }).ruleId).toBe('xml-text-size');
  });
});

describe('a DOCTYPE that declares nothing is ignored (issue 15)', () => {
  const body = `<TEI xmlns="${TEI}">\n<p>x</p></TEI>`;

  it('is blanked with a warning at its position; lines and columns after it stay', () => {
    for (const decl of ['<!DOCTYPE TEI SYSTEM "tei_all.dtd">', "<!DOCTYPE TEI PUBLIC '-//TEI P5//DTD Main//EN' \n 'tei.dtd'>", '<!DOCTYPE TEI>', '<!DOCTYPE TEI [ \n ]>', '<!DOCTYPE TEI SYSTEM "𝔸.dtd">']) {
      const text = `<?xml version="1.0"?>\n<!-- c -->${decl}\n${body}`;
      const p = parse('t.xml', text, [], LIMITS);
      expect(p.ok, decl).toBe(true);
      expect(p.diagnostics.map((d) => [d.line, d.column, d.severity, d.ruleId]), decl).toEqual([[2, 11, 'warning', 'xml-doctype-ignored']]);
      expect(p.diagnostics[0].message).toMatch(/^Unexpected `<!DOCTYPE TEI.*`, expected no document type declaration: it declares nothing here and is ignored \(its DTD is never loaded\)$/);
      expect(p.text).not.toContain('DOCTYPE');
      expect(p.text.length).toBe(text.length);
      expect(p.text.split('\n').length).toBe(text.split('\n').length);
      const blank = parse('t.xml', text.replace(decl, decl.replace(/[^\n]/g, ' ')), [], LIMITS);
      expect(p.positions.positionOf(1)).toEqual(blank.positions.positionOf(1));
    }
  });

  it('still refuses a DOCTYPE whose internal subset declares anything, or one after the root', () => {
    for (const subset of ['[<!ENTITY e "x">]', '[<!-- c -->]', '[%p;]', 'SYSTEM "x.dtd" [<!ELEMENT TEI ANY>]']) {
      const d = first(`<!DOCTYPE TEI ${subset}>\n${body}`);
      expect(d, subset).toMatchObject({ line: 1, column: 1, ruleId: 'xml-doctype' });
    }
    expect(first(`${body}\n<!DOCTYPE TEI SYSTEM "x.dtd">`)).toMatchObject({ line: 3, column: 1, ruleId: 'xml-doctype' });
  });

  it('never expands what the DTD would declare: its entities stay undefined', () => {
    const p = parse('t.xml', `<!DOCTYPE TEI SYSTEM "tei.dtd">\n<TEI xmlns="${TEI}">&nbsp;</TEI>`, [], LIMITS);
    expect(p.diagnostics.map((d) => d.ruleId)).toEqual(['xml-doctype-ignored', 'xml-entity']);
  });
});

describe('XML 1.1', () => {
  it('is one diagnostic at the declaration, not errors deep in the document', () => {
    const p = parse('t.xml', `<?xml version="1.1"?>\n<TEI xmlns="${TEI}"><p>&#x1b;\u0085</p></TEI>`, [], LIMITS);
    expect(p.diagnostics.map((d) => [d.line, d.column, d.ruleId, d.message])).toEqual([[1, 1, 'xml-version', 'Unexpected XML version 1.1, expected XML 1.0 (`<?xml version="1.0"?>`): teikit reads XML 1.0 only']]);
  });
});

describe('limits that keep the SaxonJS tree builder linear', () => {
  const attrs = (n: number, name = (i: number) => `a${i}`) => Array.from({ length: n }, (_, i) => `${name(i)}="x"`).join(' ');

  it('caps the attributes of one element, at its start tag', () => {
    const d = first(tei(`<p/><p ${attrs(100_000)}/>`), { ...LIMITS, maxAttributes: 256 });
    expect(d).toMatchObject({ line: 2, column: 5, ruleId: 'xml-attributes' });
    expect(d.message).toBe('Unexpected element `p` with more than 256 attributes, expected at most 256 (raise the limit with TEIKIT_MAX_ATTRIBUTES)');
    expect(parse('t.xml', tei(`<p ${attrs(256)}/>`), [], { ...LIMITS, maxAttributes: 256 }).diagnostics).toEqual([]);
  });

  it('caps the namespace declarations of one element', () => {
    const d = first(tei(`<p ${attrs(100_000, (i) => `xmlns:n${i}`)}/>`), { ...LIMITS, maxNamespaces: 32 });
    expect(d).toMatchObject({ line: 2, column: 1, ruleId: 'xml-namespaces' });
    expect(d.message).toMatch(/^Unexpected element `p` with more than 32 namespace declarations in scope, .*TEIKIT_MAX_NAMESPACES/);
  });

  it('counts the declarations of the ancestors (in scope), not those of siblings', () => {
    const nested = (n: number) => Array.from({ length: n }, (_, i) => `<d xmlns:n${i}="u${i}">`).join('') + '</d>'.repeat(n);
    // The root's default namespace is the first declaration in scope: the 32nd `d` brings 33.
    const d = first(tei(nested(1000)), { ...LIMITS, maxNamespaces: 32 });
    expect(d).toMatchObject({ line: 2, column: 1 + sum(31, (i) => `<d xmlns:n${i}="u${i}">`.length), ruleId: 'xml-namespaces' });
    const siblings = Array.from({ length: 1000 }, (_, i) => `<d xmlns:n${i}="u${i}"/>`).join('');
    expect(parse('t.xml', tei(siblings), [], { ...LIMITS, maxNamespaces: 32 }).diagnostics).toEqual([]);
  });

  it('caps a run of adjacent CDATA sections and text, at the first chunk too many', () => {
    const d = first(tei(`<p>${'<![CDATA[ab]]>'.repeat(100_000)}</p>`), { ...LIMITS, maxAdjacentText: 256 });
    expect(d).toMatchObject({ line: 2, column: 4 + 256 * 14, ruleId: 'xml-adjacent-text' });
    expect(d.message).toMatch(/^Unexpected run of more than 256 chunks of text and CDATA sections, .*TEIKIT_MAX_ADJACENT_TEXT/);
    // text, CDATA, text, …: the 257th chunk is the 129th `a`
    expect(first(tei(`<p>${'a<![CDATA[b]]>'.repeat(100_000)}</p>`), { ...LIMITS, maxAdjacentText: 256 })).toMatchObject({ line: 2, column: 4 + 128 * 14, ruleId: 'xml-adjacent-text' });
  });

  it('lets an element, a comment or a processing instruction end a run', () => {
    for (const sep of ['<lb/>', '<!---->', '<?x?>']) {
      expect(parse('t.xml', tei(`<p>${`a<![CDATA[b]]>${sep}`.repeat(1000)}</p>`), [], { ...LIMITS, maxAdjacentText: 2 }).diagnostics, sep).toEqual([]);
    }
  });
});

/** The sum of f(i) for i from 0 to n - 1. */
function sum(n: number, f: (i: number) => number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += f(i);
  return s;
}

describe('the root must be TEI in the TEI namespace', () => {
  const rootDiag = (text: string) => parse('t.xml', text, [], LIMITS).diagnostics.map((d) => [d.line, d.column, d.ruleId, d.message]);

  it('rejects no namespace, another namespace and another TEI element', () => {
    expect(rootDiag('\n <TEI><text/></TEI>')).toEqual([[2, 2, 'xml-not-tei', 'Unexpected root element `TEI` in no namespace, expected `TEI` in namespace `http://www.tei-c.org/ns/1.0` (add `xmlns="http://www.tei-c.org/ns/1.0"`)']]);
    expect(rootDiag('<html xmlns="http://www.w3.org/1999/xhtml"/>')[0].slice(2)).toEqual(['xml-not-tei', 'Unexpected root element `html` in namespace `http://www.w3.org/1999/xhtml`, expected `TEI` in namespace `http://www.tei-c.org/ns/1.0`']);
    expect(rootDiag(`<teiCorpus xmlns="${TEI}"/>`)[0][2]).toBe('xml-not-tei');
  });

  it('still reports well-formedness errors after the root error, and feeds no observer', () => {
    let fed = 0;
    const o: ParseObserver = { startElement: () => fed++, endElement: () => fed++, text: () => fed++, end: () => fed++ };
    const p = parse('t.xml', '<doc><p></doc>', [o], LIMITS);
    expect(p.ok).toBe(false);
    expect(p.diagnostics.map((d) => d.ruleId)).toEqual(['xml-not-tei', 'xml-well-formed']);
    expect(fed).toBe(0);
  });

  it('accepts any root when asked (conformance testing)', () => {
    expect(parse('t.xml', '<doc/>', [], LIMITS, { root: 'any' }).ok).toBe(true);
  });
});
