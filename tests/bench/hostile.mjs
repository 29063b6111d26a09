/**
 * The hostile group of `npm run bench` (`BENCH_ONLY=hostile`): each input on which SaxonJS or the
 * regex engine used to go quadratic or worse, at the worst the gate still lets through, at two
 * sizes n and 2n. Time at 2n over time at n should be at most 2.5 (linear, with start-up noise).
 *
 * - attributes: elements with as many attributes as allowed (TEIKIT_MAX_ATTRIBUTES);
 * - namespaces: as many namespace declarations in scope as allowed, over many elements;
 * - cdata: runs of as many adjacent CDATA sections as allowed;
 * - pointer: many 256-character pointers through a prefixDef whose pattern is the worst of the
 *   safe subset (two variable quantifiers that never match), rendered to HTML (at a thirty-second
 *   of the size: each pointer costs SaxonJS about 20 ms).
 * Each is also given past the limit (one element with n attributes, …): the gate stops it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEI = 'http://www.tei-c.org/ns/1.0';
const header = '<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>';
const doc = (id, body, encodingDesc = '', rootAttrs = '') =>
  `<TEI xmlns="${TEI}" xml:id="${id}"${rootAttrs}>${header}${encodingDesc}</teiHeader><text><body>\n${body}</body></text></TEI>\n`;
const fill = (bytes, unit) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const list = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

/** The cases: name, what runs it, and the document at a size in bytes. */
export const HOSTILE_CASES = [
  { name: 'attributes (256 per element)', command: 'validate', make: (bytes) => doc('h', `<ab>${fill(bytes, `<seg ${list(256, (i) => `n${i}="v"`)}/>`)}</ab>`) },
  { name: 'namespaces (32 in scope)', command: 'validate', make: (bytes) => doc('h', `<ab>${fill(bytes, '<seg/>')}</ab>`, '', ` ${list(31, (i) => `xmlns:n${i}="urn:n${i}"`)}`) },
  { name: 'adjacent CDATA (256 in a row)', command: 'validate', make: (bytes) => doc('h', fill(bytes, `<ab>${'<![CDATA[x]]>'.repeat(256)}</ab>`)) },
  {
    name: 'pointers (256 chars, worst safe pattern)',
    command: 'html',
    // SaxonJS spends about 20 ms on each pointer a pattern is applied to, whatever the pattern
    // (the expression is compiled at every call): a thirty-second of the size keeps the row short.
    make: (bytes) => doc('h', `<p>${fill(bytes / 32, `<ref target="x:${'a'.repeat(256)}">r</ref> `)}</p>`, '<encodingDesc><listPrefixDef><prefixDef ident="x" matchPattern="(.*)(.*)b" replacementPattern="https://example.org/$1"/></listPrefixDef></encodingDesc>'),
  },
  { name: 'attributes past the limit (one element)', command: 'validate', make: (bytes) => doc('h', `<p ${list(Math.floor(bytes / 10), (i) => `a${i}="x"`)}/>`) },
  { name: 'adjacent CDATA past the limit', command: 'validate', make: (bytes) => doc('h', `<p>${fill(bytes, '<![CDATA[x]]>')}</p>`) },
  { name: 'pointer with (a|aa)+ (refused pattern)', command: 'html', make: () => doc('h', `<p><ref target="x:${'a'.repeat(43)}b">r</ref></p>`, '<encodingDesc><listPrefixDef><prefixDef ident="x" matchPattern="(a|aa)+" replacementPattern="#$1"/></listPrefixDef></encodingDesc>') },
];

/**
 * Writes each case at n and 2n bytes.
 * @param dir where (`tests/bench/.data/hostile/`).
 * @param bytes n.
 * @returns {{ name: string, command: string, small: string, large: string }[]}
 */
export function hostileInputs(dir, bytes) {
  mkdirSync(dir, { recursive: true });
  return HOSTILE_CASES.map((c, i) => {
    const small = join(dir, `case-${i}-n.xml`);
    const large = join(dir, `case-${i}-2n.xml`);
    writeFileSync(small, c.make(bytes));
    writeFileSync(large, c.make(2 * bytes));
    return { name: c.name, command: c.command, small, large };
  });
}

/**
 * The arguments of teikit for one case.
 * @param c a case from `hostileInputs`.
 * @param file the input.
 * @param out a scratch file for HTML.
 */
export function hostileArgs(c, file, out) {
  return c.command === 'validate' ? ['validate', file, '--format', 'json'] : ['transform', file, '--to', 'html', '-o', out];
}

/** Most time at 2n over time at n. */
export const HOSTILE_MAX_RATIO = 2.5;
