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
