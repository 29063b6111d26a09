/**
 * The model of a random document (docs/encoding.md §2–7) and what the targets must make of it,
 * computed from the model alone (never from the stylesheets): the reading words, and the surface
 * of every block, name, quotation and date. Reading rules (docs/encoding.md §5, §8.8–8.9): furniture and
 * editorial notes are not text; a word split by `pb` or `lb` with `break="no"` is joined and its
 * hyphen dropped; `choice` reads as its correction, `add` as its words.
 */

/** The kinds of entry of the register, with their id prefix (docs/encoding.md §2, §4). */
export type EntryKind = 'person' | 'place' | 'org' | 'event' | 'periodical' | 'article' | 'statement' | 'treaty';

/** One entry of the standOff register. */
export interface Entry {
  id: string;
  kind: EntryKind;
  name: string[];
  /** A Wikidata id, or none (then a `note type="authority"`). */
  wikidata?: string;
}

/** An inline element of running text, with what it points to. */
export type Inline =
  | { name: 'persName' | 'placeName' | 'orgName'; ref: string }
  | { name: 'rs'; type: 'person' | 'place' | 'org' | 'event' | 'treaty' | 'work'; refs: string[] }
  | { name: 'title'; ref: string }
  | { name: 'quote'; source: string; indirect: boolean; marks: boolean }
  | { name: 'date'; attrs: Record<string, string> }
  | { name: 'num'; value: string };

/** A node of running text. */
export type Node =
  /**
   * A word, written escaped, or with `enc`: as character references, in a CDATA section, or cut
   * in two by a comment (XML 1.0 §2.4, §2.5, §2.7, §4.1: the same text to every reader).
   */
  | { t: 'word'; w: string; enc?: 'refs' | 'cdata' | 'comment' }
  /**
   * A word split by a break with `break="no"`: `left`, its end-of-line `hyphen` (`-`, U+00AD,
   * U+2010, `¬`, or none), then for a page furniture, `pb`, furniture; for a line `lb`; then `right`.
   */
  | { t: 'split'; by: 'pb' | 'lb'; left: string; right: string; hyphen: string; control?: string[] }
  | { t: 'pb'; control?: string[] }
  /** A line break between words. */
  | { t: 'lb' }
  /** The typed reading and the editors' correction (docs/encoding.md §5.6: no silent correction). */
  | { t: 'choice'; sic: string[]; corr: string[]; corrFirst: boolean }
  /** A handwritten addition (docs/encoding.md §5.5: `add hand place`). */
  | { t: 'add'; words: string[]; place: string }
  /** An editorial note; `glued` when it follows the previous word without a space. */
  | { t: 'note'; words: string[]; glued: boolean }
  /** An element; `pad` puts whitespace inside its tags. */
  | { t: 'el'; el: Inline; children: Node[]; pad: boolean };

/** A paragraph, and whether a page break stands before it between paragraphs. */
export interface Para {
  children: Node[];
  pbBefore: boolean;
}

/** A whole document. */
export interface Doc {
  id: string;
  /** ISO date of the document (creation, origDate, docDate). */
  date: string;
  /** Typed date of the header block, e.g. `13 APRIL 1945`. */
  dateText: string;
  title: string[];
  series: string[];
  level: { id: string; text: string };
  /** Released: markings struck through (`del`), a release stamp on the last page. */
  released: boolean;
  copyNumber: boolean;
  /** Line ends written as CR LF (XML 1.0 §2.11: read as LF). */
  crlf: boolean;
  entries: Entry[];
  paras: Para[];
}

/**
 * The reading text of nodes, spaces between them (none before a glued note), the typist's
 * quotation marks around a quote that has them.
 * @param nodes running text.
 * @param marks what stands for an editorial note and for a page break (nothing: they are not text).
 */
export function reading(nodes: readonly Node[], marks: { note?: string; pb?: string } = {}): string {
  const { note = '', pb = '' } = marks;
  let out = '';
  nodes.forEach((n, i) => {
    if (i > 0 && !(n.t === 'note' && n.glued)) out += ' ';
    if (n.t === 'note') out += note;
    else if (n.t === 'pb') out += pb;
    else if (n.t === 'word') out += n.w;
    else if (n.t === 'split') out += n.left + (n.by === 'pb' ? pb : '') + n.right;
    else if (n.t === 'choice') out += n.corr.join(' ');
    else if (n.t === 'add') out += n.words.join(' ');
    else if (n.t === 'el') {
      const inner = n.pad ? ` ${reading(n.children, marks)} ` : reading(n.children, marks);
      out += n.el.name === 'quote' && n.el.marks ? `"${inner}"` : inner;
    }
  });
  return out;
}

/**
 * Whitespace collapsed and trimmed, as the reading view lays text out.
 * @param s any text.
 */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The typed name of the issuing office in the header block (`docAuthor/orgName`). */
export const AUTHOR = 'RESEARCH AND ANALYSIS BRANCH';

/** The blocks of the header block (docs/encoding.md §5.1), in reading order. */
export function frontBlocks(doc: Doc): string[] {
  return [doc.series.join(' '), AUTHOR, `R & A ${reportNumber(doc)}`, doc.dateText, doc.title.join(' ')];
}

/** The report number of a document, typed in the header block and catalogued in msIdentifier. */
export function reportNumber(doc: Doc): string {
  return `${doc.id.replace(/\D/g, '').slice(0, 4) || '0'}P`;
}

/**
 * The words of the reading view, in order: the header block, then the paragraphs.
 * @param doc the model.
 */
export function readingWords(doc: Doc): string[] {
  const text = [...frontBlocks(doc), ...doc.paras.map((p) => reading(p.children))].join(' ');
  return text.split(/\s+/).filter(Boolean);
}
