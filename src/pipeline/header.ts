/**
 * Reads the few header fields the collection index shows (docs/encoding.md §3): title, date, report
 * number, classification. The document already passed the saxes gate, so fast-xml-parser reads
 * it as trusted input, with entity processing off.
 */
import { XMLParser } from 'fast-xml-parser';

/** What the collection index shows of a document. */
export interface HeaderSummary {
  title: string;
  date?: string;
  reportNumber?: string;
  classification?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  preserveOrder: true,
  htmlEntities: false,
  trimValues: false,
});

/** An element in fast-xml-parser's ordered form: `{ name: children, ':@': attributes }`. */
type Node = Record<string, unknown>;
const nameOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const childrenOf = (n: Node | undefined): Node[] => (n ? ((n[nameOf(n)] as Node[] | undefined) ?? []) : []);
const attr = (n: Node | undefined, name: string): string | undefined =>
  (n?.[':@'] as Record<string, string> | undefined)?.[name];
const find = (list: Node[], name: string, pred: (n: Node) => boolean = () => true): Node | undefined =>
  list.find((n) => nameOf(n) === name && pred(n));
const path = (list: Node[], ...names: string[]): Node | undefined => {
  let cur: Node | undefined;
  for (const name of names) {
    cur = find(list, name);
    list = childrenOf(cur);
  }
  return cur;
};
const text = (n: Node | undefined): string =>
  n === undefined ? '' : nameOf(n) === '#text' ? String(n['#text']) : childrenOf(n).map(text).join('');
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Summarises a document's header.
 * @param xml the document text (well-formed, already checked).
 * @param fallbackTitle shown when the document has no title.
 */
export function readHeader(xml: string, fallbackTitle: string): HeaderSummary {
  const doc = parser.parse(headerText(xml)) as Node[];
  const header = childrenOf(find(doc, 'teiHeader'));
  const titles = childrenOf(path(header, 'fileDesc', 'titleStmt')).filter((n) => nameOf(n) === 'title');
  const main = titles.find((t) => attr(t, 'type') === 'main') ?? titles[0];
  const ids = childrenOf(path(header, 'fileDesc', 'sourceDesc', 'msDesc', 'msIdentifier'));
  const alt = find(ids, 'altIdentifier', (n) => attr(n, 'type') === 'reportNumber');
  const date = attr(path(header, 'profileDesc', 'creation', 'date'), 'when');
  const term = path(header, 'profileDesc', 'textClass', 'keywords', 'term');
  return {
    title: clean(text(main)) || fallbackTitle,
    ...(date ? { date } : {}),
    ...(alt ? { reportNumber: clean(text(find(childrenOf(alt), 'idno'))) } : {}),
    ...(term ? { classification: clean(text(term)) } : {}),
  };
}

/** Only the header is needed: the text from `<teiHeader` to `</teiHeader>`. */
function headerText(xml: string): string {
  const start = /<(?:[\w.-]+:)?teiHeader[\s>]/.exec(xml);
  const end = /<\/(?:[\w.-]+:)?teiHeader\s*>/.exec(xml);
  return start && end && end.index > start.index ? xml.slice(start.index, end.index + end[0].length) : '';
}
