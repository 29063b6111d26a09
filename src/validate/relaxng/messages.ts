/**
 * Words for RELAX NG findings: salve reports an error class and the names at stake, and what the
 * walker would have accepted instead (`possible()`); this turns both into "Unexpected X,
 * expected Y" with names in backticks (STYLE.md, Diagnostics are data).
 */
import type { BaseName, EventSet, Grammar as SalveGrammar } from 'salve-annos';

const TEI = 'http://www.tei-c.org/ns/1.0';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** How many alternatives a message lists before it says how many more there are. */
const MAX_LISTED = 12;

/**
 * A name as the edition's authors write it: TEI elements and unprefixed attributes by their local
 * name, the XML namespace as `xml:`, any other namespace as `Q{uri}local`.
 * @param ns the namespace URI ('' for none).
 * @param local the local name.
 */
export function displayName(ns: string, local: string): string {
  if (ns === TEI || ns === '') return local;
  if (ns === XML) return `xml:${local}`;
  return `Q{${ns}}${local}`;
}

/**
 * The names a salve name pattern stands for, displayed.
 * @param pattern a name, a choice of names, a namespace wildcard or any name.
 */
export function patternNames(pattern: BaseName): string[] {
  const names = pattern.toArray();
  if (names) return names.map((n) => displayName(n.ns, n.name));
  const p = pattern as unknown as { kind: string; ns?: string };
  if (p.kind === 'NsName') return [`any name in ${p.ns ? `Q{${p.ns}}` : 'no namespace'}`];
  return ['any name'];
}

/**
 * "one of `a`, `b`" / "`a`" / the fallback, with long lists cut.
 * @param names what was expected.
 * @param none the words when nothing is expected.
 */
export function expectedList(names: Iterable<string>, none: string): string {
  const list = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  if (!list.length) return none;
  const shown = list.slice(0, MAX_LISTED).map((n) => `\`${n}\``);
  const more = list.length > MAX_LISTED ? ` and ${list.length - MAX_LISTED} more` : '';
  return list.length === 1 ? shown[0] : `one of ${shown.join(', ')}${more}`;
}

/**
 * The element and attribute names among the walker's possible events.
 * @param events from `walker.possible()`.
 * @param kind which events to keep.
 */
export function possibleNames(events: EventSet, kind: 'enterStartTag' | 'attributeName'): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.name === kind) out.push(...patternNames((e as unknown as { namePattern: BaseName }).namePattern));
  }
  return out;
}

/**
 * Whether the walker would accept the end of the current element or text here.
 * @param events from `walker.possible()`.
 * @param kind `endTag` or `text`.
 */
export function possibleKind(events: EventSet, kind: 'endTag' | 'text'): boolean {
  for (const e of events) if (e.name === kind) return true;
  return false;
}

/** The parts of salve's simplified patterns that hold the enumerated values of an attribute. */
interface PatternNode {
  constructor: { name: string };
  name?: BaseName;
  pat?: PatternNode;
  patA?: PatternNode;
  patB?: PatternNode;
  rawValue?: string;
}

/**
 * The values a schema enumerates for an attribute of an element (a closed list such as
 * `fw/@type`), read from the grammar's definitions of that element; undefined when the
 * attribute's value is a datatype rather than a list.
 * @param grammar the converted grammar.
 * @param element the element's namespace and local name.
 * @param attribute the attribute's namespace and local name.
 */
export function enumeratedValues(
  grammar: SalveGrammar,
  element: { ns: string; local: string },
  attribute: { ns: string; local: string },
): string[] | undefined {
  const key = JSON.stringify({ ns: element.ns, name: element.local });
  const defs = (grammar.elementDefinitions[key] ?? []) as unknown as PatternNode[];
  const values = new Set<string>();
  let open = false;
  const collect = (p: PatternNode | undefined): void => {
    if (!p) return;
    const kind = p.constructor.name;
    if (kind === 'Value') values.add(p.rawValue ?? '');
    else if (kind === 'Data' || kind === 'Text' || kind === 'List') open = true;
    else { collect(p.patA); collect(p.patB); collect(p.pat); }
  };
  const visit = (p: PatternNode | undefined): void => {
    if (!p || p.constructor.name === 'Ref' || p.constructor.name === 'Element') return;
    if (p.constructor.name === 'Attribute') {
      if (p.name?.match(attribute.ns, attribute.local)) collect(p.pat);
      return;
    }
    visit(p.patA); visit(p.patB); visit(p.pat);
  };
  for (const d of defs) visit(d.pat);
  return values.size && !open ? [...values] : undefined;
}

/**
 * A short quotation of text for a message.
 * @param text the text node.
 */
export function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), case-insensitive: the
 * number of typing slips between two names.
 * @param a one name.
 * @param b the other.
 */
export function slips(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

/**
 * The allowed names closest to a name that is not allowed, closest first: those within one slip
 * for short names, two from six characters, three from ten (a differently cased name is always
 * close). Empty when nothing is that close.
 * @param name what was written.
 * @param allowed what the schema allows there.
 */
export function closest(name: string, allowed: Iterable<string>): string[] {
  const bound = name.length >= 10 ? 3 : name.length >= 6 ? 2 : name.length >= 3 ? 1 : 0;
  const scored = [...new Set(allowed)]
    .filter((n) => n !== name && !n.startsWith('any name'))
    .map((n) => [n, n.toLowerCase() === name.toLowerCase() ? 0 : slips(name, n)] as const)
    .filter(([, s]) => s <= bound)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, 2).map(([n]) => n);
}

/**
 * " (did you mean `x`?)" for a name close to allowed ones, or nothing.
 * @param name what was written.
 * @param allowed what the schema allows there.
 * @param quote how a suggestion is quoted (backticks for names, double quotes for values).
 */
export function didYouMean(name: string, allowed: Iterable<string>, quote: (s: string) => string = (s) => `\`${s}\``): string {
  const list = [...new Set(allowed)];
  if (list.length < 2) return ''; // "expected `x`" already names the one there is
  const near = closest(name, list);
  return near.length ? ` (did you mean ${near.map(quote).join(' or ')}?)` : '';
}

/**
 * `expectedList`, with the names closest to what was written listed first.
 * @param names what was expected.
 * @param none the words when nothing is expected.
 * @param written the name that was not allowed.
 */
export function expectedNear(names: Iterable<string>, none: string, written: string): string {
  const all = [...new Set(names)];
  const near = closest(written, all);
  if (!near.length || all.length < 2) return expectedList(all, none);
  const rest = expectedList(all.filter((n) => !near.includes(n)), '');
  const first = near.map((n) => `\`${n}\``).join(', ');
  return rest.startsWith('one of ') ? `one of ${first}, ${rest.slice(7)}` : `one of ${first}${rest ? `, ${rest}` : ''}`;
}
