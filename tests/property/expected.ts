/**
 * Where things must land in the JSON target (schemas/edition.schema.json), computed from the model
 * alone: the surface of every located element, the notes with the text before them, the pages of
 * each paragraph and the text of each page (docs/encoding.md §5.3: a page runs from its `pb` to the next).
 */
import { AUTHOR, type Doc, frontBlocks, type Inline, type Node, reading, squash } from './model.js';

/** An element of the model with its expected surface, in document order. */
export interface Located {
  el: Inline;
  surface: string;
}

/**
 * The located elements of the header block (the office, the date), then every element of the
 * paragraphs, with its surface (whitespace collapsed), in document order.
 * @param doc the model.
 */
export function located(doc: Doc): Located[] {
  const out: Located[] = [
    { el: { name: 'orgName', ref: 'org_oss_ra' }, surface: AUTHOR },
    { el: { name: 'date', attrs: { when: doc.date } }, surface: doc.dateText },
  ];
  const walk = (nodes: readonly Node[]) => {
    for (const n of nodes) {
      if (n.t !== 'el') continue;
      out.push({ el: n.el, surface: squash(reading(n.children)) });
      walk(n.children);
    }
  };
  for (const p of doc.paras) walk(p.children);
  return out;
}

/**
 * How many pages the serialisation numbers: the first, and one per page break of the body.
 * @param doc the model.
 */
export function pageCount(doc: Doc): number {
  let n = 1;
  const walk = (nodes: readonly Node[]) => {
    for (const x of nodes) {
      if (x.t === 'pb' || (x.t === 'split' && x.by === 'pb')) n += 1;
      else if (x.t === 'el') walk(x.children);
    }
  };
  for (const p of doc.paras) {
    if (p.pbBefore) n += 1;
    walk(p.children);
  }
  return n;
}

/** An editorial note of the model: its paragraph, its text, and the reading text before it there. */
export interface NoteAt {
  para: number;
  text: string;
  before: string;
}

/**
 * The editorial notes of the paragraphs, in document order.
 * @param doc the model.
 */
export function notes(doc: Doc): NoteAt[] {
  const out: NoteAt[] = [];
  const collect = (nodes: readonly Node[], para: number) => {
    for (const n of nodes) {
      if (n.t === 'note') out.push({ para, text: n.words.join(' '), before: '' });
      else if (n.t === 'el') collect(n.children, para);
    }
  };
  doc.paras.forEach((p, i) => {
    const first = out.length;
    collect(p.children, i);
    const parts = reading(p.children, { note: '\u0000' }).split('\u0000');
    for (let k = first; k < out.length; k++) out[k].before = squash(parts.slice(0, k - first + 1).join(''));
  });
  return out;
}

/**
 * The pages of each paragraph: `text`, those its words stand on (a page runs from its `pb` to the
 * next); `structural`, the page current where the paragraph begins and every page begun inside it.
 * A paragraph that begins with a page break is on the new page by its text, on both by its markup.
 * @param doc the model.
 */
export function paraPages(doc: Doc): { text: string[]; structural: string[] }[] {
  let page = 1;
  const walk = (nodes: readonly Node[], on: Set<number>, all: Set<number>) => {
    for (const n of nodes) {
      if (n.t === 'pb') all.add((page += 1));
      else if (n.t === 'split' && n.by === 'pb') {
        on.add(page);
        all.add((page += 1));
        on.add(page);
      } else if (n.t === 'el') walk(n.children, on, all);
      else if (n.t !== 'note' && n.t !== 'lb') on.add(page);
    }
  };
  return doc.paras.map((p) => {
    if (p.pbBefore) page += 1;
    const on = new Set<number>();
    const all = new Set<number>([page]);
    walk(p.children, on, all);
    return { text: [...on].map(String), structural: [...all].map(String) };
  });
}

/**
 * The reading text of each page, whitespace collapsed: a page runs from its `pb` to the next; the
 * header block is on page 1; a word split by `pb break="no"` ends one page and begins the next.
 * @param doc the model.
 */
export function pageTexts(doc: Doc): string[] {
  const PB = '\u0000';
  const paras = doc.paras.map((p) => (p.pbBefore ? PB : '') + reading(p.children, { pb: PB }));
  return [...frontBlocks(doc), ...paras].join(' ').split(PB).map(squash);
}
