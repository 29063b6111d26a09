/**
 * The test's own word counter for real TEI (issue "Any TEI in"): the words of a document's text,
 * counted without the stylesheets, to measure how many of them a target keeps. The text is what is
 * under `text` (else `sourceDoc` or a root `surface`, else `msDesc`); for `choice`, `app` and
 * `subst` only the branch the view shows counts; what a view leaves out by design (the header,
 * figure descriptions, links and interpretation, the editors' notes, and in the reading view
 * page furniture and deletions) does not. Words are runs of letters and digits (marks such as
 * Leiden's underdots removed); within a word, punctuation counts for nothing, so `a(bc)` and `abc`
 * are one word; a line break splits words unless `break="no"` joins them (in the reading view).
 */
import { SaxesParser } from 'saxes';

/** The view whose words are counted. */
export type View = 'reading' | 'diplomatic';

interface El {
  name: string;
  attrs: Record<string, string>;
  kids: (El | string)[];
}

const TEI = 'http://www.tei-c.org/ns/1.0';

/** Elements whose boundaries separate words. */
const BLOCKS = new Set(['p', 'ab', 'l', 'lg', 'line', 'zone', 'surface', 'head', 'div', 'div1', 'div2', 'div3', 'div4', 'div5',
  'div6', 'div7', 'sp', 'speaker', 'stage', 'item', 'label', 'cell', 'row', 'table', 'list', 'note', 'castItem', 'castList',
  'castGroup', 'role', 'roleDesc', 'actor', 'lb', 'pb', 'cb', 'msItem', 'msIdentifier', 'msContents', 'physDesc', 'history',
  'additional', 'altIdentifier', 'titlePart', 'docTitle', 'byline',
  'dateline', 'opener', 'closer', 'salute', 'signed', 'address', 'addrLine', 'trailer', 'epigraph', 'entry', 'form', 'sense',
  'gramGrp', 'fw', 'figure', 'space', 'summary', 'incipit', 'explicit', 'rubric', 'colophon', 'origin',
  'provenance', 'acquisition', 'handNote', 'decoNote', 'layout', 'extent', 'support', 'binding', 'textLang', 'TEI', 'text',
  'body', 'front', 'back']);

/** Never text, in any view. */
const NOT_TEXT = new Set(['teiHeader', 'standOff', 'facsimile', 'figDesc', 'interpGrp', 'spanGrp', 'linkGrp', 'joinGrp', 'index',
  'certainty', 'precision', 'respons', 'alt', 'altGrp', 'timeline', 'witDetail', 'listApp', 'listWit', 'graphic', 'media', 'binaryObject']);

function parseTree(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const root: El = { name: '#document', attrs: {}, kids: [] };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(t.attributes)) attrs[a.name] = a.value;
    const el: El = { name: t.uri === TEI ? t.local : `{${t.uri}}${t.local}`, attrs, kids: [] };
    stack[stack.length - 1]!.kids.push(el);
    parents.set(el, stack[stack.length - 1]!);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (s) => void stack[stack.length - 1]!.kids.push(s));
  parser.on('cdata', (s) => void stack[stack.length - 1]!.kids.push(s));
  parser.write(xml.replace(/<!DOCTYPE[^>[]*>/, '')).close();
  return root;
}

function els(e: El, name: string): El[] {
  const out: El[] = [];
  const walk = (x: El): void => {
    for (const k of x.kids) if (typeof k !== 'string') (k.name === name ? out.push(k) : walk(k));
  };
  walk(e);
  return out;
}

const kids = (e: El): El[] => e.kids.filter((k): k is El => typeof k !== 'string');
const hasWords = (e: El): boolean => e.kids.some((k) => (typeof k === 'string' ? /\S/.test(k) : hasWords(k)));

/** What stands for the text: text elements, else sourceDoc, a root surface, msDesc, the root. */
function scope(root: El): El[] {
  const top = kids(root)[0];
  if (!top) return [];
  if (top.name === 'teiCorpus') return kids(top).filter((k) => k.name === 'TEI' || k.name === 'teiCorpus').flatMap((t) => scope({ ...root, kids: [t] }));
  const texts = els(top, 'text');
  const ms = els(top, 'teiHeader').flatMap((h) => els(h, 'msDesc'));
  if (texts.length > 0 && (texts.some(hasWords) || ms.length === 0)) return texts;
  const source = kids(top).filter((k) => k.name === 'sourceDoc');
  if (source.length > 0) return source;
  if (top.name === 'surface' || top.name === 'surfaceGrp') return [top];
  if (ms.length > 0) return ms;
  return [top];
}

/** The child of a choice the view shows. */
function choiceBranch(c: El, view: View): El | undefined {
  const order = view === 'reading' ? ['corr', 'reg', 'expan'] : ['sic', 'orig', 'abbr'];
  const ks = kids(c);
  return ks.find((k) => order.includes(k.name)) ?? ks[0];
}

/** The reading of an app the text follows. */
function appBranch(a: El): El | undefined {
  const ks = kids(a).flatMap((k) => (k.name === 'rdgGrp' ? kids(k) : [k]));
  return ks.find((k) => k.name === 'lem') ?? ks.find((k) => k.name === 'rdg');
}

/** Parents, to look at an element's neighbours. */
const parents = new WeakMap<El, El>();

function textOf(e: El | string): string {
  return typeof e === 'string' ? e : e.kids.map(textOf).join('');
}

/** Whether an element stands inside a word: its parent's text has a letter right before and after it. */
function inWord(e: El): boolean {
  const p = parents.get(e);
  if (!p) return false;
  const i = p.kids.indexOf(e);
  const [before, after] = [p.kids[i - 1], p.kids[i + 1]].map((k) => (typeof k === 'string' ? k : ''));
  return /[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after);
}

function text(e: El, view: View, out: string[]): void {
  if (NOT_TEXT.has(e.name)) return;
  if (e.name === 'note' && (e.attrs.type === 'editorial' || 'resp' in e.attrs)) return;
  if (view === 'reading' && (e.name === 'fw' || e.name === 'del')) return;
  if ((e.name === 'lb' || e.name === 'pb' || e.name === 'cb') && view === 'reading' && e.attrs.break === 'no') {
    // The reading view joins the word and drops its end-of-line hyphen.
    const last = out.length - 1;
    if (last >= 0) out[last] = out[last]!.replace(/[-\u00AD\u2010\u00AC]\s*$/, '');
    out.push('\u0000');
    return;
  }
  // The diplomatic view sets deletions and additions apart (`[word struck]`), unless they stand
  // inside a word (a letter before and after them).
  const block = BLOCKS.has(e.name) || (view === 'diplomatic' && (e.name === 'del' || e.name === 'add') && !inWord(e));
  if (block) out.push(' ');
  const shown = e.name === 'choice' ? [choiceBranch(e, view)] : e.name === 'app' ? [appBranch(e)]
    : e.name === 'subst' && view === 'reading' ? kids(e).filter((k) => k.name !== 'del') : e.kids;
  for (const k of shown) {
    if (k === undefined) continue;
    if (typeof k === 'string') out.push(k);
    else text(k, view, out);
  }
  if (block) out.push(' ');
}

/**
 * The words of a document's text as a view shows them, as a multiset.
 * @param xml the document.
 * @param view reading or diplomatic.
 */
export function documentWords(xml: string, view: View): Map<string, number> {
  const out: string[] = [];
  for (const s of scope(parseTree(xml))) text(s, view, out);
  // A join marker eats the whitespace around it (the parts of a word split by a break).
  return countWords(out.join('').replace(/\s*\u0000\s*/g, ''));
}

/**
 * The words of any text (a target's output), as a multiset.
 * @param s the text.
 */
export function countWords(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const raw of s.normalize('NFD').split(/\s+/)) {
    const w = raw.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    if (w) m.set(w, (m.get(w) ?? 0) + 1);
  }
  return m;
}

/**
 * How many of the expected words the output has (each word at most as often as expected), and
 * some of the words it misses.
 * @param want the document's words.
 * @param have the output's words.
 */
export function recall(want: Map<string, number>, have: Map<string, number>): { recall: number; total: number; missing: string[] } {
  let total = 0;
  let found = 0;
  const missing: string[] = [];
  for (const [w, n] of want) {
    total += n;
    const h = Math.min(n, have.get(w) ?? 0);
    found += h;
    if (h < n && missing.length < 20) missing.push(`${w}×${n - h}`);
  }
  return { recall: total === 0 ? 1 : found / total, total, missing };
}
