/**
 * The collection's search index, made at build time with MiniSearch (a maintained full-text search
 * library with no dependencies) and written as `search-index.js`, a script that sets
 * `window.teikitSearch`: a page loads it with a script element, so search works from file:// and
 * from any static host without a request. MiniSearch's own browser build is copied into
 * `assets/minisearch.js` from the installed package at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { readFile } from 'node:fs/promises';
import { safeOutputPath } from '../io/out-path.js';
import type { CollectionDocument, DocumentRecord, SearchPage } from './collection-model.js';

/**
 * The name of a document's search data in the output folder: the text of its pages, written with
 * its other outputs (so an incremental build rewrites it only when the document changes, a shard
 * merge copies it, a withdrawal removes it) and read by the collection step for `search-index.js`.
 * @param id the id that names the document's outputs.
 */
export function searchDataName(id: string): string {
  return `search/${id}.json`;
}

/**
 * A document's record without its pages, and its search data as an output.
 * @param id the id that names the document's outputs.
 * @param record the record the stylesheet gave.
 */
export function splitSearchData(id: string, record: DocumentRecord): { record: DocumentRecord; file: { name: string; content: string } } {
  const { pages, ...rest } = record;
  return { record: rest, file: { name: searchDataName(id), content: `${JSON.stringify(pages ?? [])}\n` } };
}

/**
 * The pages of each document for search: its record's (a manifest written before the search data
 * had its own file), else its search data in the output folder (none when it cannot be read).
 * @param out the output folder.
 * @param docs the collection's documents.
 */
export async function withSearchPages(out: string, docs: readonly CollectionDocument[]): Promise<CollectionDocument[]> {
  return Promise.all(docs.map(async (d) => {
    if (d.record.pages) return d;
    const name = searchDataName(d.id);
    if (!d.files.includes(name)) return d;
    const pages = await readFile(safeOutputPath(out, name), 'utf8').then((t) => JSON.parse(t) as SearchPage[]).catch(() => []);
    return { ...d, record: { ...d.record, pages } };
  }));
}

/** The options the page must load the index with (the same fields as at build time). */
export const SEARCH_OPTIONS = { fields: ['title', 'text'], storeFields: ['title', 'page', 'href'], idField: 'id' } as const;

/**
 * The index of every page of every document.
 * @param docs the collection's documents, in the model's order.
 */
export function searchIndexScript(docs: readonly CollectionDocument[]): string {
  const ms = new MiniSearch({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  for (const d of docs) {
    const href = `${encodeURIComponent(d.id)}.html`;
    for (const p of d.record.pages ?? []) {
      if (!p.text) continue;
      ms.add({ id: `${d.id}#${p.anchor}`, title: d.record.title || d.id, page: p.page, href: `${href}#${p.anchor}`, text: p.text });
    }
  }
  const data = { options: SEARCH_OPTIONS, index: ms.toJSON() };
  // Inside a script file only `</script` could matter if it were ever inlined: escaped anyway.
  return `window.teikitSearch = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
}

/** MiniSearch's browser build (UMD, sets `window.MiniSearch`), from the installed package. */
export function miniSearchBrowserBuild(): string {
  // The package exports only its modules: its browser build is found beside the CommonJS one.
  const cjs = createRequire(import.meta.url).resolve('minisearch');
  return readFileSync(join(dirname(cjs), '..', 'umd', 'index.js'), 'utf8');
}
