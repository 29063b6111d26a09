/**
 * Hostile inputs for issue 7, generated at test time into a temporary folder (nothing large is
 * committed). Each case names the rule id the gate must answer with and, where it matters, the
 * line the diagnostic must point at.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** A small TEI document (not necessarily schema-valid: the gate is what is tested). */
export const smallTei = (body = '<p>Text</p>') =>
  `<TEI xmlns="${TEI_NS}" xml:id="small"><teiHeader/><text><body>${body}</body></text></TEI>\n`;

/** One hostile file. */
export interface HostileCase {
  name: string;
  ruleId: string;
  /** The line the first diagnostic must stand on. */
  line?: number;
  /** Text the message must contain. */
  message?: RegExp;
  /** The severity of the first diagnostic (default error). */
  severity?: 'error' | 'warning';
  content: () => string | Uint8Array;
}

const prolog = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- hostile -->\n';

/**
 * The XXE and entity-expansion cases. The DOCTYPE always stands on line 3.
 * @param secretUrl a `file://` URL of a file whose content must never appear in any output.
 * @param httpBase an `http://` URL of a server that counts requests.
 */
export function doctypeCases(secretUrl: string, httpBase: string): HostileCase[] {
  const dt = (subset: string, body = '&xxe;') => `${prolog}<!DOCTYPE TEI [\n${subset}\n]>\n${smallTei(`<p>${body}</p>`)}`;
  const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');
  return [
    { name: 'xxe-file-passwd', ruleId: 'xml-doctype', line: 3, content: () => dt('<!ENTITY xxe SYSTEM "file:///etc/passwd">') },
    { name: 'xxe-file-secret', ruleId: 'xml-doctype', line: 3, content: () => dt(`<!ENTITY xxe SYSTEM "${secretUrl}">`) },
    { name: 'xxe-http', ruleId: 'xml-doctype', line: 3, content: () => dt(`<!ENTITY xxe SYSTEM "${httpBase}/entity">`) },
    { name: 'xxe-parameter-entity', ruleId: 'xml-doctype', line: 3, content: () => dt(`<!ENTITY % p SYSTEM "${httpBase}/param.dtd">\n%p;`, 'x') },
    // A DOCTYPE that declares nothing is blanked and its DTD never loaded (issue 15).
    { name: 'xxe-external-subset', ruleId: 'xml-doctype-ignored', severity: 'warning', line: 3, content: () => `${prolog}<!DOCTYPE TEI SYSTEM "${httpBase}/tei.dtd">\n${smallTei()}` },
    { name: 'xxe-public-subset', ruleId: 'xml-doctype-ignored', severity: 'warning', line: 3, content: () => `${prolog}<!DOCTYPE TEI PUBLIC "-//X//DTD X//EN" "${secretUrl}">\n${smallTei()}` },
    { name: 'xxe-external-and-internal-subset', ruleId: 'xml-doctype', line: 3, content: () => `${prolog}<!DOCTYPE TEI SYSTEM "${httpBase}/tei.dtd" [ <!ENTITY x "y"> ]>\n${smallTei()}` },
    { name: 'billion-laughs', ruleId: 'xml-doctype', line: 3, content: () => dt(laughs, '&lol9;') },
    { name: 'quadratic-blowup', ruleId: 'xml-doctype', line: 3, content: () => dt(`<!ENTITY a "${'x'.repeat(100_000)}">`, '&a;'.repeat(20_000)) },
  ];
}

/** Cases that break a limit, the encoding rules or the TEI root rule. */
export function otherCases(): HostileCase[] {
  const bytes = (s: string, patch: (b: Buffer) => void) => () => {
    const b = Buffer.from(s, 'latin1');
    patch(b);
    return b;
  };
  return [
    { name: 'nested-100000', ruleId: 'xml-depth', line: 1, content: () => `<TEI xmlns="${TEI_NS}">${'<div>'.repeat(100_000)}${'</div>'.repeat(100_000)}</TEI>` },
    { name: 'undefined-entity', ruleId: 'xml-entity', line: 2, content: () => `<TEI xmlns="${TEI_NS}">\n<p>&foo;</p></TEI>` },
    { name: 'bare-ampersand', ruleId: 'xml-ampersand', line: 2, content: () => `<TEI xmlns="${TEI_NS}">\n<p>A & B</p>\n\n\n</TEI>` },
    { name: 'invalid-utf8', ruleId: 'xml-encoding', line: 2, message: /`0xff` at byte offset 45/, content: bytes(`<TEI xmlns="${TEI_NS}">\n<p>Z</p></TEI>`, (b) => (b[b.indexOf('Z')] = 0xff)) },
    { name: 'latin1-declared-utf8', ruleId: 'xml-encoding', line: 3, message: /`0xe9` at byte offset/, content: () => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="${TEI_NS}">\n<p>Société</p></TEI>`, 'latin1') },
    { name: 'nul-byte', ruleId: 'xml-encoding', line: 2, message: /NUL byte at byte offset 46/, content: () => `<TEI xmlns="${TEI_NS}">\n<p>a\0b</p></TEI>` },
    { name: 'png-renamed', ruleId: 'xml-encoding', line: 1, message: /PNG image\) at byte offset 0/, content: () => Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex') },
    { name: 'utf16-no-bom', ruleId: 'xml-encoding', line: 1, content: () => Buffer.from(`<?xml version="1.0"?><TEI xmlns="${TEI_NS}"/>`, 'utf16le') },
    { name: 'empty', ruleId: 'xml-empty', line: 1, content: () => '' },
    { name: 'no-namespace', ruleId: 'xml-not-tei', line: 2, content: () => '<?xml version="1.0"?>\n<TEI><text/></TEI>' },
    { name: 'other-namespace', ruleId: 'xml-not-tei', line: 1, content: () => '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>' },
    { name: 'not-well-formed', ruleId: 'xml-well-formed', line: 3, content: () => `<TEI xmlns="${TEI_NS}">\n<p>\n</div></TEI>` },
  ];
}

/**
 * Inputs on which SaxonJS's tree builder is quadratic (issue 11): each is stopped by the gate at
 * the line given, before SaxonJS sees it. Sizes are those that used to take tens of seconds or
 * never finish.
 */
export function quadraticCases(): HostileCase[] {
  const many = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i)).join(' ');
  const body = (inner: string) => `<TEI xmlns="${TEI_NS}" xml:id="q"><teiHeader/><text><body>\n${inner}</body></text></TEI>\n`;
  return [
    { name: 'attributes-100000', ruleId: 'xml-attributes', line: 2, content: () => body(`<p ${many(100_000, (i) => `a${i}="x"`)}/>`) },
    { name: 'namespaces-100000', ruleId: 'xml-namespaces', line: 2, content: () => body(`<p ${many(100_000, (i) => `xmlns:n${i}="urn:n${i}"`)}/>`) },
    { name: 'namespaces-nested-1000', ruleId: 'xml-namespaces', line: 2, content: () => body(`${many(1000, (i) => `<div xmlns:n${i}="urn:n${i}">`)}${'</div>'.repeat(1000)}`) },
    { name: 'cdata-adjacent-2.6MB', ruleId: 'xml-adjacent-text', line: 2, content: () => body(`<p>${'<![CDATA[x]]>'.repeat(200_000)}</p>`) },
    { name: 'text-cdata-alternating', ruleId: 'xml-adjacent-text', line: 2, content: () => body(`<p>${'a<![CDATA[b]]>'.repeat(100_000)}</p>`) },
  ];
}

/**
 * A small TEI document whose `prefixDef` carries a pattern that backtracks exponentially, and a
 * pointer that uses it: 44 characters take JavaScript's regex engine minutes. The pattern stands
 * on line 3, column 5.
 * @param pointerLength the length of the pointer's local part.
 */
export function unsafePatternTei(pointerLength = 44): string {
  return `<TEI xmlns="${TEI_NS}" xml:id="pattern"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc><encodingDesc><listPrefixDef>
  <prefixDef ident="x" replacementPattern="https://example.org/$1"
    matchPattern="(a|aa)+"/></listPrefixDef></encodingDesc></teiHeader>
<text><body><p><ref target="x:${'a'.repeat(pointerLength - 1)}b">link</ref> and <ref target="x:aaaa">short</ref></p></body></text></TEI>
`;
}

/**
 * Writes a file of `size` bytes: a TEI start, then zeros (sparse where the file system allows).
 * @param path where.
 * @param size total bytes.
 */
export function bigSparseFile(path: string, size: number): void {
  writeFileSync(path, `<TEI xmlns="${TEI_NS}">`);
  const fd = openSync(path, 'r+');
  writeSync(fd, '>', size - 1);
  closeSync(fd);
}

/**
 * Writes a TEI document whose one text node has `chars` characters, in 1 MiB pieces.
 * @param path where.
 * @param chars the length of the text node.
 */
export function bigTextNode(path: string, chars: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, `<TEI xmlns="${TEI_NS}"><text><body>\n<p>`);
  const piece = 'x'.repeat(1 << 20);
  for (let n = 0; n < chars; n += piece.length) writeSync(fd, n + piece.length <= chars ? piece : piece.slice(0, chars - n));
  writeSync(fd, '</p></body></text></TEI>\n');
  closeSync(fd);
}

/**
 * Writes every case into a folder as `<name>.xml`.
 * @param dir the folder.
 * @param cases the cases.
 */
export function writeCases(dir: string, cases: HostileCase[]): void {
  for (const c of cases) writeFileSync(join(dir, `${c.name}.xml`), c.content());
}
