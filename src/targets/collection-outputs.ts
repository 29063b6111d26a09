/**
 * The collection's own outputs, made from the collection model after the documents: index.html,
 * names.html, search.html with search-index.js, collection.json, the page left at each withdrawn
 * document's address, and the assets the pages need (the edition's CSS and script, the collection's
 * CSS and search script, MiniSearch's browser build copied from the installed package).
 */
import { readFileSync } from 'node:fs';
import { ASSET_NAMES, assetText, PACKAGE_ROOT } from './html-assets.js';
import type { OutputFile } from './types.js';
import type { CollectionDocument, CollectionModel } from './collection-model.js';
import { miniSearchBrowserBuild, searchIndexScript } from './collection-search.js';
import { collectionPage } from './collection-stylesheet.js';

/** The collection's own page names (never a document id's page). */
export const COLLECTION_PAGES = ['index.html', 'names.html', 'search.html', 'search-index.js', 'collection.json'] as const;

const own = (name: string): string => readFileSync(`${PACKAGE_ROOT}xslt/collection/assets/${name}`, 'utf8');

/**
 * collection.json: the documents and the entities with their occurrences across the collection,
 * described by schemas/collection.schema.json.
 * @param model the collection model.
 */
export function collectionJson(model: CollectionModel): string {
  return `${JSON.stringify({ format: 'teikit-collection', version: 1, ...model }, null, 1)}\n`;
}

/**
 * Every file the collection writes besides the documents' own outputs.
 * @param model the collection model.
 * @param docs the documents (for the search index).
 */
export function collectionOutputs(model: CollectionModel, docs: readonly CollectionDocument[]): OutputFile[] {
  const order = new Map(model.documents.map((d, i) => [d.id, i]));
  const sorted = [...docs].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return [
    { name: 'index.html', content: collectionPage('index', model) },
    { name: 'names.html', content: collectionPage('names', model) },
    { name: 'search.html', content: collectionPage('search', model) },
    { name: 'search-index.js', content: searchIndexScript(sorted) },
    { name: 'collection.json', content: collectionJson(model) },
    ...model.withdrawn.map((w) => ({ name: `${w.id}.html`, content: collectionPage('withdrawn', model, w.id) })),
    ...ASSET_NAMES.map((n) => ({ name: `assets/${n}`, content: assetText(n) })),
    { name: 'assets/collection.css', content: own('collection.css') },
    { name: 'assets/search.js', content: own('search.js') },
    { name: 'assets/minisearch.js', content: miniSearchBrowserBuild() },
  ];
}
