/**
 * The collection's own outputs, made from the collection model after the documents: index.html,
 * names.html, search.html with search-index.js, collection.json, the page left at each withdrawn
 * document's address, and the assets the pages need (the edition's CSS and script, the collection's
 * CSS and search script, MiniSearch's browser build copied from the installed package).
 * The pages are rendered by a `PageRenderer`: in this thread, or by a build in its worker threads,
 * where SaxonJS and the collection stylesheet are already loaded and warm, several at a time.
 */
import { readFileSync } from 'node:fs';
import { ASSET_NAMES, assetText, PACKAGE_ROOT } from './html-assets.js';
import type { OutputFile } from './types.js';
import type { CollectionDocument, CollectionModel } from './collection-model.js';
import { miniSearchBrowserBuild, searchIndexScript } from './collection-search.js';
import { type PageRequest, pageModelJson, renderPage } from './collection-stylesheet.js';

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

/** Renders collection pages, in order (in this thread, or in the workers: src/exec/pool.ts). */
export type PageRenderer = (requests: readonly PageRequest[]) => Promise<string[]>;

/** Renders in this thread. */
export const renderHere: PageRenderer = async (requests) => requests.map(renderPage);

/**
 * Every file the collection writes besides the documents' own outputs, the pages rendered in this
 * thread.
 * @param model the collection model.
 * @param docs the documents (for the search index).
 */
export function collectionOutputs(model: CollectionModel, docs: readonly CollectionDocument[]): OutputFile[] {
  const pages = pageRequests(model);
  return outputList(model, docs, pages.map((p) => renderPage(p.request)), pages);
}

/**
 * Every file the collection writes besides the documents' own outputs, the pages rendered by
 * `render` (a pool renders as many at a time as it has threads).
 * @param model the collection model.
 * @param docs the documents (for the search index).
 * @param render renders one page.
 */
export async function renderCollectionOutputs(model: CollectionModel, docs: readonly CollectionDocument[], render: PageRenderer): Promise<OutputFile[]> {
  const pages = pageRequests(model);
  return outputList(model, docs, await render(pages.map((p) => p.request)), pages);
}

/**
 * The output name of a collection page: `names.html`, or a withdrawn document's `<id>.html`.
 * @param request the page.
 */
export function pageFileName(request: PageRequest): string {
  return request.template === 'withdrawn' ? `${request.withdrawnId}.html` : `${request.template}.html`;
}

/** The collection's pages: each output name with what renders it, the largest first. */
function pageRequests(model: CollectionModel): { name: string; request: PageRequest }[] {
  const requests: PageRequest[] = [
    { template: 'names', model: pageModelJson('names', model), withdrawnId: '' },
    { template: 'index', model: pageModelJson('index', model), withdrawnId: '' },
    { template: 'search', model: pageModelJson('search', model), withdrawnId: '' },
    ...model.withdrawn.map((w) => ({ template: 'withdrawn' as const, model: pageModelJson('withdrawn', model), withdrawnId: w.id })),
  ];
  return requests.map((request) => ({ name: pageFileName(request), request }));
}

/** The pages, rendered, with the other files, in the order a build has always listed them. */
function outputList(model: CollectionModel, docs: readonly CollectionDocument[], rendered: readonly string[], pages: readonly { name: string }[]): OutputFile[] {
  const page = new Map(pages.map((p, i) => [p.name, rendered[i]]));
  const order = new Map(model.documents.map((d, i) => [d.id, i]));
  const sorted = [...docs].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return [
    { name: 'index.html', content: page.get('index.html')! },
    { name: 'names.html', content: page.get('names.html')! },
    { name: 'search.html', content: page.get('search.html')! },
    { name: 'search-index.js', content: searchIndexScript(sorted) },
    { name: 'collection.json', content: collectionJson(model) },
    ...model.withdrawn.map((w) => ({ name: `${w.id}.html`, content: page.get(`${w.id}.html`)! })),
    ...ASSET_NAMES.map((n) => ({ name: `assets/${n}`, content: assetText(n) })),
    { name: 'assets/collection.css', content: own('collection.css') },
    { name: 'assets/search.js', content: own('search.js') },
    { name: 'assets/minisearch.js', content: miniSearchBrowserBuild() },
  ];
}
