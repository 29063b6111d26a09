/**
 * Invariants of the JSON target (schemas/edition.schema.json) on a random document: `text` is the
 * reading view without wrapping; every range lies inside `text`, in order; entity occurrences and
 * dates slice to their surface forms; and blocks, names, quotations and dates slice to what the
 * model says their text is, in document order.
 */
import { expect } from 'vitest';
import { type Located, located, notes, pageCount, pageTexts, paraPages } from './expected.js';
import { type Doc, reading, squash } from './model.js';

type Range = [number, number];
interface Model {
  text: string;
  pages: { n: string; range: Range }[];
  blocks: { id: string | null; type: string; range: Range; pages: string[] }[];
  entities: { id: string; kind: string; name: string; occurrences: { range: Range; surface: string }[] }[];
  quotes: { type: string; source: { id: string } | null; range: Range }[];
  dates: { range: Range; surface: string; [k: string]: unknown }[];
  notes: { type: string | null; text: string; anchor: number | null }[];
}

/** The model's expected surfaces per entity id: names by @ref, `rs` by each of its targets, titles. */
function expectedEntities(all: readonly Located[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { el, surface } of all) {
    const refs = el.name === 'rs' ? el.refs : 'ref' in el ? [el.ref] : [];
    for (const r of refs) map.set(r, [...(map.get(r) ?? []), surface]);
  }
  return map;
}

function ordered(ranges: readonly Range[], what: string, length: number): void {
  ranges.forEach(([s, e], i) => {
    expect(0 <= s && s <= e && e <= length, `${what} ${i} [${s}, ${e}) inside 0..${length}`).toBe(true);
    if (i > 0) expect(s, `${what} ${i} starts after the previous one ends`).toBeGreaterThanOrEqual(ranges[i - 1][1]);
  });
}

/** Ranges that may nest (quotations, names): inside `text`, starting in document order. */
function nested(ranges: readonly Range[], what: string, length: number): void {
  ranges.forEach(([s, e], i) => {
    expect(0 <= s && s <= e && e <= length, `${what} ${i} [${s}, ${e}) inside 0..${length}`).toBe(true);
    if (i > 0) expect(s, `${what} ${i} starts after the previous one starts`).toBeGreaterThanOrEqual(ranges[i - 1][0]);
  });
}

/**
 * Checks the JSON output of a document against its model.
 * @param json the `<id>.json` file.
 * @param flat the reading view with `--width 0`.
 * @param doc the model.
 */
export function checkJson(json: string, flat: string, doc: Doc): void {
  const m = JSON.parse(json) as Model;
  const { text } = m;
  expect(`${text}\n`, 'json text = reading view without wrapping').toBe(flat);
  const slice = ([s, e]: Range) => text.slice(s, e);

  expect(m.pages.map((p) => p.n)).toEqual(Array.from({ length: pageCount(doc) }, (_, i) => String(i + 1)));
  ordered(m.pages.map((p) => p.range), 'page', text.length);
  expect(m.pages.map((p) => squash(slice(p.range))), 'text of each page').toEqual(pageTexts(doc));
  ordered(m.blocks.map((b) => b.range), 'block', text.length);
  const paras = m.blocks.filter((b) => b.type === 'p');
  expect(paras.map((b) => b.id)).toEqual(doc.paras.map((_, i) => `p_${i + 1}`));
  paras.forEach((b, i) => expect(slice(b.range), `block p_${i + 1}`).toBe(squash(reading(doc.paras[i].children))));
  paraPages(doc).forEach((expected, i) => {
    const pages = paras[i].pages;
    expect(pages, `pages of p_${i + 1} in order`).toEqual([...new Set(pages)].sort((a, b) => Number(a) - Number(b)));
    for (const p of expected.text) expect(pages, `p_${i + 1} has text on page ${p}`).toContain(p);
    for (const p of pages) expect(expected.structural, `p_${i + 1} listed on page ${p}`).toContain(p);
  });

  const all = located(doc);
  const entities = expectedEntities(all);
  for (const e of m.entities) {
    const entry = doc.entries.find((x) => x.id === e.id);
    if (entry) expect(e.name, `name of ${e.id}`).toBe(squash(entry.name.join(' ')));
    if (entry && ['person', 'place', 'org', 'event'].includes(entry.kind)) expect(e.kind, `kind of ${e.id}`).toBe(entry.kind);
    for (const o of e.occurrences) expect(slice(o.range), `occurrence of ${e.id} slices to its surface`).toBe(o.surface);
    expect(e.occurrences.map((o) => o.surface), `occurrences of ${e.id}`).toEqual(entities.get(e.id) ?? []);
  }
  const quotes = all.filter((l) => l.el.name === 'quote');
  expect(m.quotes.map((q) => [q.type, q.source?.id, slice(q.range)]), 'quotes')
    .toEqual(quotes.map(({ el, surface }) => el.name === 'quote' && [el.indirect ? 'indirect' : 'direct', el.source, surface]));
  for (const [what, list] of [['quote', m.quotes], ['date', m.dates], ...m.entities.map((e) => [e.id, e.occurrences] as const)] as const) {
    nested(list.map((x) => x.range), String(what), text.length);
  }

  const expectedNotes = notes(doc);
  expect(m.notes.map((n) => [n.type, n.text]), 'notes').toEqual(expectedNotes.map((n) => ['editorial', squash(n.text)]));
  m.notes.forEach((n, i) => {
    const block = paras[expectedNotes[i].para].range;
    expect(n.anchor !== null && block[0] <= n.anchor && n.anchor <= block[1], `note ${i} anchored in its paragraph`).toBe(true);
    expect(squash(text.slice(block[0], n.anchor!)), `text before note ${i}`).toBe(expectedNotes[i].before);
  });

  const dates = all.filter((l) => l.el.name === 'date');
  for (const d of m.dates) expect(slice(d.range), 'date slices to its surface').toBe(d.surface);
  expect(m.dates.map((d) => d.surface), 'dates').toEqual(dates.map((d) => d.surface));
  m.dates.forEach((d, i) => {
    const el = dates[i]?.el;
    if (el?.name === 'date') for (const [k, v] of Object.entries(el.attrs)) expect(d[k], `date ${i} @${k}`).toBe(v);
  });
}
