/**
 * The collection model: every document with its facts and outputs, every name of the register and
 * of the documents with its occurrences across the collection, the withdrawn documents. Built from
 * the documents' records (kept in the manifest, so unchanged documents are not read again) and the
 * register's facts; the collection pages, collection.json and the search index are made from it.
 * Sorted explicitly, so the same collection gives the same bytes from one build or merged shards.
 */
import { posix } from 'node:path';

/** The collection's facts about one document (xslt/collection/record.xsl). */
export interface DocumentRecord {
  id: string;
  title: string;
  subtitle: string;
  /** The genre (report, memorandum, cable, letter: the body's `div/@type`, docs/encoding.md §6). */
  kind: string;
  date: string;
  reportNumber: string;
  classification: string;
  /** The release stamp's date: the classification is cancelled. */
  released: string;
  /** Local files the document references (page images), relative to it. */
  resources: string[];
  entities: { id: string; kind: string; label: string; authorities: string[] }[];
  /** Every pointer of the document into another file (`register.xml#id`), prefixes expanded. */
  uses?: string[];
  occurrences: { n: number; pointers: string[]; page: string; anchor: string; text: string }[];
  /** The text of each page, for search: in the record as the stylesheet gives it; a build moves it
   * into the document's search data (`search/<id>.json`, src/targets/collection-search.ts), so the
   * manifest does not carry the text of every page. */
  pages?: SearchPage[];
}

/** The reading text of one page of a document (before the first page break: page ""). */
export interface SearchPage {
  page: string;
  anchor: string;
  text: string;
}

/** What the register says (xslt/collection/register.xsl). */
export interface RegisterFacts {
  title: string;
  publisher: string;
  licence: string;
  licenceUrl: string;
  baseUrl: string;
  entries: { id: string; kind: string; label: string; authorities: string[]; note: string; path: string }[];
  withdrawn: { id: string; successor: string; note: string }[];
}

/** One document as the collection knows it. */
export interface CollectionDocument {
  key: string;
  id: string;
  record: DocumentRecord;
  /** Output names written for it. */
  files: string[];
  /** Its last build failed: the outputs are from an earlier version. */
  stale: boolean;
}

/** A document that was withdrawn: its id, and where its source was. */
export interface WithdrawnDocument {
  id: string;
  title: string;
}

/** The model the pages and collection.json are made from (schemas/collection.schema.json). */
export interface CollectionModel {
  collection: { title: string; publisher: string; licence: string; licenceUrl: string; baseUrl: string };
  documents: {
    id: string; title: string; subtitle: string; kind: string; date: string; reportNumber: string; classification: string;
    released: string; stale: boolean; url: string; files: Record<string, string>;
  }[];
  entities: {
    anchor: string; id: string; kind: string; label: string; authorities: string[]; note: string;
    document?: { id: string; title: string; href: string };
    occurrences: { doc: string; title: string; href: string; page: string; anchor: string; text: string }[];
  }[];
  withdrawn: { id: string; title: string; note: string; successor?: { id: string; title?: string; href?: string } }[];
}

const KIND_ORDER = ['person', 'org', 'place', 'event', 'text', 'object'];
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The format of each output name, for the index's links. */
function formatOf(name: string, id: string): string | undefined {
  if (name === `${id}.html`) return 'html';
  if (name === `${id}.diplomatic.txt`) return 'diplomatic';
  if (name === `${id}.txt`) return 'text';
  if (name === `${id}.json`) return 'json';
  if (name.startsWith('tei/') && name.endsWith('.xml')) return 'tei';
  return undefined;
}

/**
 * Builds the model.
 * @param docs the documents of the collection.
 * @param register the register's key and facts, if there is one.
 * @param withdrawn documents withdrawn (from the manifest).
 * @param baseUrl overrides the register's base URL (a preview site).
 */
export function collectionModel(docs: readonly CollectionDocument[], register: { key: string; facts: RegisterFacts } | undefined, withdrawn: readonly WithdrawnDocument[], baseUrl?: string): CollectionModel {
  const facts = register?.facts;
  const base = baseUrl ?? facts?.baseUrl ?? '';
  const sorted = [...docs].sort((a, b) => cmp(a.record.date || '9999', b.record.date || '9999') || cmp(a.id, b.id));
  const title = (id: string) => docs.find((d) => d.id === id)?.record.title || id;
  const documents = sorted.map((d) => {
    const files: Record<string, string> = {};
    for (const f of d.files) {
      const k = formatOf(f, d.id);
      if (k) files[k] = f.split('/').map(encodeURIComponent).join('/');
    }
    const r = d.record;
    return {
      id: d.id, title: r.title || d.id, subtitle: r.subtitle, kind: r.kind ?? '', date: r.date, reportNumber: r.reportNumber, classification: r.classification,
      released: r.released, stale: d.stale, url: base ? `${base}${d.id}.html` : '', files,
    };
  });
  const entities = new Map<string, CollectionModel['entities'][number]>();
  for (const e of facts?.entries ?? []) {
    entities.set(`${register!.key}#${e.id}`, { anchor: e.id, id: e.id, kind: e.kind, label: e.label, authorities: e.authorities, note: e.note, occurrences: [] });
  }
  for (const d of sorted) {
    for (const e of d.record.entities) {
      entities.set(`${d.key}#${e.id}`, {
        anchor: `${d.id}.${e.id}`, id: e.id, kind: e.kind, label: e.label, authorities: e.authorities, note: '',
        document: { id: d.id, title: d.record.title || d.id, href: `${encodeURIComponent(d.id)}.html#${e.id}` }, occurrences: [],
      });
    }
  }
  for (const d of sorted) {
    const dir = posix.dirname(d.key);
    for (const o of d.record.occurrences) {
      for (const p of new Set(o.pointers)) {
        const hash = p.indexOf('#');
        if (hash < 0 || /^[a-z][a-z0-9+.-]*:/i.test(p)) continue;
        const target = hash === 0 ? `${d.key}${p}` : `${posix.normalize(posix.join(dir, p.slice(0, hash)))}${p.slice(hash)}`;
        entities.get(target)?.occurrences.push({ doc: d.id, title: d.record.title || d.id, href: `${encodeURIComponent(d.id)}.html`, page: o.page, anchor: o.anchor, text: o.text });
      }
    }
  }
  const list = [...entities.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || cmp(a.label.toLowerCase(), b.label.toLowerCase()) || cmp(a.anchor, b.anchor));
  const named = new Map((facts?.withdrawn ?? []).map((w) => [w.id, w]));
  const present = new Set(docs.map((d) => d.id));
  const gone = [...withdrawn].sort((a, b) => cmp(a.id, b.id)).map((w) => {
    const r = named.get(w.id);
    const s = r?.successor;
    return {
      id: w.id, title: w.title, note: r?.note ?? '',
      ...(s ? { successor: present.has(s) ? { id: s, title: title(s), href: `${encodeURIComponent(s)}.html` } : { id: s } } : {}),
    };
  });
  return {
    collection: { title: facts?.title ?? '', publisher: facts?.publisher ?? '', licence: facts?.licence ?? '', licenceUrl: facts?.licenceUrl ?? '', baseUrl: base },
    documents, entities: list, withdrawn: gone,
  };
}

/**
 * The ids of a register's entries that pointers of documents name: each pointer (`register.xml#id`,
 * prefixes expanded) resolved from its document's folder.
 * @param docs each document's manifest key and pointers.
 * @param registerKey the register's manifest key.
 */
export function registerIdsUsed(docs: readonly { key: string; pointers: readonly string[] }[], registerKey: string): Set<string> {
  const used = new Set<string>();
  for (const d of docs) {
    const dir = posix.dirname(d.key);
    for (const p of d.pointers) {
      const hash = p.indexOf('#');
      if (hash <= 0 || /^[a-z][a-z0-9+.-]*:/i.test(p)) continue;
      if (posix.normalize(posix.join(dir, p.slice(0, hash))) === registerKey) used.add(p.slice(hash + 1));
    }
  }
  return used;
}

/**
 * Register entries that no document of the collection points to, from its text, header or standOff.
 * @param model the collection model.
 * @param facts the register's facts.
 * @param docs the documents (their records' pointers count, not only the text's occurrences).
 * @param registerKey the register's manifest key.
 */
export function unusedRegisterEntries(model: CollectionModel, facts: RegisterFacts, docs: readonly CollectionDocument[] = [], registerKey = ''): RegisterFacts['entries'] {
  const used = new Set(model.entities.filter((e) => !e.document && e.occurrences.length).map((e) => e.id));
  for (const id of registerIdsUsed(docs.map((d) => ({ key: d.key, pointers: d.record.uses ?? [] })), registerKey)) used.add(id);
  return facts.entries.filter((e) => !used.has(e.id));
}
