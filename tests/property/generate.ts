/**
 * fast-check arbitraries of random documents in the edition's vocabulary (docs/encoding.md §2–7): a
 * register of people, places, organisations, an event and texts (§3), and a report of paragraphs
 * with names, descriptions (`rs`), periodical titles, quotations, dates, numbers, editorial notes,
 * corrections, additions, line breaks and page breaks (some inside words, §4 Body) nested at random. Every document is meant to be
 * valid: the pointers match their kinds, dates are ISO 8601 and carry their year in their text,
 * quotation marks stand outside `quote`, pages run in order (serialize.ts numbers them).
 */
import fc from 'fast-check';
import type { Doc, Entry, EntryKind, Inline, Node, Para } from './model.js';
import { lowerWord, phrase, word, wordPart } from './words.js';

/** The register's ids: fixed, so that shrinking keeps pointers valid (docs/encoding.md §2 prefixes). */
export const ENTRY_IDS: readonly [string, EntryKind][] = [
  ['per_a', 'person'], ['per_b', 'person'], ['pl_a', 'place'], ['pl_b', 'place'], ['org_a', 'org'],
  ['ev_a', 'event'], ['bibl_periodical_a', 'periodical'], ['bibl_article_a', 'article'],
  ['bibl_statement_a', 'statement'], ['tr_a', 'treaty'],
];

const ids = (...kinds: EntryKind[]) => ENTRY_IDS.filter(([, k]) => kinds.includes(k)).map(([id]) => id);

const entries: fc.Arbitrary<Entry[]> = fc.tuple(...ENTRY_IDS.map(([id, kind], i) =>
  fc.record({ name: phrase(3), wikidata: fc.boolean() }).map(({ name, wikidata }): Entry =>
    ({ id, kind, name, wikidata: wikidata && !['periodical', 'article', 'statement', 'treaty'].includes(kind) ? `Q${9001 + i}` : undefined }))));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar day of the 1940s: ISO value and typed words. */
const day = fc.record({ y: fc.integer({ min: 1939, max: 1946 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const dd = Math.min(d, last);
    return { iso: `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`, words: [String(dd), MONTHS[m - 1], String(y)] };
  });

/** A date element: a day, a month, a year or a span, its year always in its text. */
const date: fc.Arbitrary<Node> = fc.oneof(
  day.map((a) => ({ attrs: { when: a.iso }, words: a.words })),
  day.map((a) => ({ attrs: { when: a.iso.slice(0, 7) }, words: a.words.slice(1) })),
  day.map((a) => ({ attrs: { when: a.iso.slice(0, 4) }, words: a.words.slice(2) })),
  fc.tuple(day, day).map(([a, b]) => {
    const [s, e] = a.iso <= b.iso ? [a, b] : [b, a];
    return { attrs: { from: s.iso, to: e.iso }, words: ['from', ...s.words, 'to', ...e.words] };
  }),
).map(({ attrs, words }) => ({ t: 'el', el: { name: 'date', attrs }, children: words.map((w) => ({ t: 'word', w })), pad: false }));

const num: fc.Arbitrary<Node> = fc.integer({ min: 1, max: 9_999_999 }).chain((n) =>
  fc.constantFrom(n.toLocaleString('en-US'), String(n), `${n} ½`).map((typed) => ({
    t: 'el', el: { name: 'num', value: typed.endsWith('½') ? `${n}.5` : String(n) }, children: typed.split(' ').map((w) => ({ t: 'word', w })), pad: false,
  })));

const control = fc.option(phrase(3), { freq: 4, nil: undefined });
const split: fc.Arbitrary<Node> = fc.record({
  by: fc.constantFrom('pb' as const, 'pb' as const, 'lb' as const),
  left: wordPart,
  right: fc.oneof(lowerWord, wordPart),
  hyphen: fc.constantFrom('', '-', '-', '\u00AD', '\u2010', '¬'),
  control,
}).map((s) => ({ t: 'split', ...s, control: s.by === 'pb' ? s.control : undefined }));
const lb: fc.Arbitrary<Node> = fc.constant({ t: 'lb' });
const choice: fc.Arbitrary<Node> = fc.record({ sic: phrase(2), corr: phrase(2), corrFirst: fc.boolean() }).map((c) => ({ t: 'choice', ...c }));
const add: fc.Arbitrary<Node> = fc.record({ words: phrase(2), place: fc.constantFrom('above', 'below', 'margin', 'inline') })
  .map((a) => ({ t: 'add', ...a }));
const pb: fc.Arbitrary<Node> = control.map((c) => ({ t: 'pb', control: c }));
const note: fc.Arbitrary<Node> = fc.record({ words: phrase(6), glued: fc.boolean() }).map((n) => ({ t: 'note', ...n }));

/** What an element points to; quotation marks only around quotes that are direct children of `p`. */
function inline(depth: number): fc.Arbitrary<Inline> {
  return fc.oneof(
    fc.constantFrom(...ids('person')).map((ref): Inline => ({ name: 'persName', ref })),
    fc.constantFrom(...ids('place')).map((ref): Inline => ({ name: 'placeName', ref })),
    fc.constantFrom(...ids('org')).map((ref): Inline => ({ name: 'orgName', ref })),
    { weight: 2, arbitrary: fc.oneof(
      fc.constantFrom(...ids('person')).map((r) => ({ type: 'person' as const, refs: [r] })),
      fc.subarray(ids('place'), { minLength: 1 }).map((refs) => ({ type: 'place' as const, refs })),
      fc.constantFrom(...ids('org')).map((r) => ({ type: 'org' as const, refs: [r] })),
      fc.constant({ type: 'event' as const, refs: ids('event') }),
      fc.constant({ type: 'treaty' as const, refs: ids('treaty') }),
      fc.constantFrom(...ids('article', 'statement')).map((r) => ({ type: 'work' as const, refs: [r] })),
    ).map((r): Inline => ({ name: 'rs', ...r })) },
    fc.constantFrom(...ids('periodical')).map((ref): Inline => ({ name: 'title', ref })),
    fc.record({ source: fc.constantFrom(...ids('article', 'statement')), kind: fc.constantFrom('marked', 'bare', 'indirect') })
      .map(({ source, kind }): Inline => ({ name: 'quote', source, indirect: kind === 'indirect', marks: depth === 1 && kind === 'marked' })),
  );
}

/** At least one word in every element and paragraph (Schematron `not-empty`). */
const withWord = (nodes: Node[]): fc.Arbitrary<Node[]> =>
  nodes.some((n) => ['word', 'split', 'el', 'choice', 'add'].includes(n.t)) ? fc.constant(nodes) : word.map((w) => [{ t: 'word', w }, ...nodes]);

/**
 * Running text at a nesting depth (0: a paragraph's children).
 * @param depth how deep; elements nest at most three levels.
 */
export function nodes(depth: number): fc.Arbitrary<Node[]> {
  const choices: fc.WeightedArbitrary<Node>[] = [
    { weight: 14, arbitrary: word.map((w): Node => ({ t: 'word', w })) },
    { weight: 2, arbitrary: fc.record({ w: word, enc: fc.constantFrom('refs' as const, 'cdata' as const, 'comment' as const) }).map((e): Node => ({ t: 'word', ...e })) },
    { weight: 2, arbitrary: split }, { weight: 1, arbitrary: pb }, { weight: 1, arbitrary: note },
    { weight: 1, arbitrary: date }, { weight: 1, arbitrary: num }, { weight: 1, arbitrary: fc.oneof(lb, choice, add) },
  ];
  if (depth < 3) {
    const element = fc.record({ el: inline(depth + 1), children: nodes(depth + 1), pad: fc.boolean() })
      .map((e): Node => ({ t: 'el', ...e }));
    choices.push({ weight: depth === 0 ? 6 : 2, arbitrary: element });
  }
  return fc.array(fc.oneof(...choices), { minLength: 1, maxLength: depth === 0 ? 30 : 5 }).chain(withWord);
}

const para: fc.Arbitrary<Para> = fc.record({ children: nodes(0), pbBefore: fc.boolean() });

const LEVELS = [{ id: 'cls_ts', text: 'TOP SECRET' }, { id: 'cls_s', text: 'SECRET' }, { id: 'cls_c', text: 'CONFIDENTIAL' }, { id: 'cls_u', text: 'UNCLASSIFIED' }];

/** A whole document. */
export const doc: fc.Arbitrary<Doc> = fc.record({
  id: fc.integer({ min: 1, max: 99_999 }).map((n) => `oss-gen-${n}`),
  day,
  title: phrase(5),
  series: phrase(4),
  level: fc.constantFrom(...LEVELS),
  released: fc.boolean(),
  copyNumber: fc.boolean(),
  crlf: fc.nat(4).map((n) => n === 0),
  entries,
  paras: fc.array(para, { minLength: 1, maxLength: 6 }),
}).map(({ day: d, ...rest }) => ({ ...rest, date: d.iso, dateText: d.words.join(' ').toUpperCase() }));
