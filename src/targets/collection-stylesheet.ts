/**
 * Runs the collection stylesheet (`xslt/collection.xsl`, compiled to `lib/sef/collection.sef.json`)
 * by its named templates: a document's record and the register's facts (JSON read from a tree), and
 * the collection pages (HTML from the collection model).
 */
import type { SaxonNode } from 'saxon-js';
import { PACKAGE_ROOT } from './html-assets.js';
import { loadSef, saxonJs } from '../saxon/load.js';
import type { CollectionModel, DocumentRecord, RegisterFacts } from './collection-model.js';

const C_NS = 'urn:teikit:collection';

/** The compiled collection stylesheet (the same path from `src/` and `lib/`). */
export const COLLECTION_SEF = `${PACKAGE_ROOT}lib/sef/collection.sef.json`;

function run(template: string, params: Record<string, unknown>, destination: 'raw' | 'serialized'): unknown {
  const r = saxonJs().transform(
    {
      stylesheetInternal: loadSef(COLLECTION_SEF),
      initialTemplate: `Q{${C_NS}}${template}`,
      stylesheetParams: params,
      destination,
    },
    'sync',
  );
  return r.principalResult;
}

/**
 * A document's record, from the tree the targets render.
 * @param tree the document's SaxonJS tree.
 */
export function documentRecord(tree: SaxonNode): DocumentRecord {
  const packed = JSON.parse(String(run('record', { [`Q{${C_NS}}source`]: tree }, 'raw'))) as PackedRecord;
  const occurrences = lines(packed.occurrences).map(([n, page, anchor, pointers, text]) => ({
    n: Number(n),
    pointers: pointers ? pointers.split(' ') : [],
    page,
    anchor,
    text,
  }));
  const pages = lines(packed.pages).map(([page, anchor, text]) => ({ page, anchor, text }));
  return { ...packed, occurrences, pages };
}

/**
 * The record as the stylesheet hands it over: the occurrences and the pages, which are most of a
 * large document's record, come as lines of tab-separated fields (c:line in
 * xslt/collection/record.xsl) rather than as thousands of small JSON maps, which SaxonJS is slow
 * to build.
 */
type PackedRecord = Omit<DocumentRecord, 'occurrences' | 'pages'> & { occurrences: string; pages: string };

/** The lines of a packed list, each split into its fields (no field holds a tab or a line break). */
function lines(packed: string): string[][] {
  return packed === '' ? [] : packed.split('\n').map((line) => line.split('\t'));
}

/**
 * A document's pointers into other files (`register.xml#id`), prefixes expanded: what `validate`
 * needs of a document to report register entries no document uses.
 * @param tree the document's SaxonJS tree.
 */
export function documentUses(tree: SaxonNode): string[] {
  return JSON.parse(String(run('uses', { [`Q{${C_NS}}source`]: tree }, 'raw'))) as string[];
}

/**
 * The register's metadata, entries and withdrawn documents.
 * @param tree the register's SaxonJS tree.
 */
export function registerFacts(tree: SaxonNode): RegisterFacts {
  return JSON.parse(String(run('register', { [`Q{${C_NS}}source`]: tree }, 'raw'))) as RegisterFacts;
}

/** A collection page: the named template of xslt/collection.xsl that renders it. */
export type CollectionPageName = 'index' | 'names' | 'search' | 'withdrawn';

/**
 * The parts of the model each page reads (xslt/collection/*.xsl; every page reads `collection`
 * for its layout). A page is given only these: the model is handed over as JSON and parsed per
 * page, and every occurrence of every name is most of it, which only the index of names reads.
 */
const PAGE_PARTS: Record<CollectionPageName, readonly ('documents' | 'entities' | 'withdrawn')[]> = {
  index: ['documents'],
  names: ['entities'],
  search: [],
  withdrawn: ['withdrawn'],
};

/**
 * The model as one page reads it: the parts it does not read left empty.
 * @param template the page.
 * @param model the collection model.
 */
export function pageModel(template: CollectionPageName, model: CollectionModel): CollectionModel {
  const page: CollectionModel = { ...model, documents: [], entities: [], withdrawn: [] };
  for (const part of PAGE_PARTS[template]) Object.assign(page, { [part]: model[part] });
  return page;
}

/**
 * One collection page.
 * @param template `index`, `names`, `search` or `withdrawn`.
 * @param model the collection model.
 * @param withdrawnId for `withdrawn`: the document's id.
 */
export function collectionPage(template: CollectionPageName, model: CollectionModel, withdrawnId = ''): string {
  return renderPage({ template, model: pageModelJson(template, model), withdrawnId });
}

/** One collection page to render: what a worker thread is sent (src/exec/pool.ts). */
export interface PageRequest {
  template: CollectionPageName;
  /** The page's model as JSON (pageModelJson). */
  model: string;
  /** For `withdrawn`: the document's id; else ''. */
  withdrawnId: string;
}

/**
 * The model as one page reads it, as the JSON the stylesheet parses.
 * @param template the page.
 * @param model the collection model.
 */
export function pageModelJson(template: CollectionPageName, model: CollectionModel): string {
  return JSON.stringify(pageModel(template, model));
}

/**
 * Renders one collection page, in whichever thread calls it.
 * @param request the page, its model's JSON and the withdrawn document's id.
 */
export function renderPage(request: PageRequest): string {
  const params = { [`Q{${C_NS}}model`]: request.model, [`Q{${C_NS}}withdrawn-id`]: request.withdrawnId };
  return String(run(request.template, params, 'serialized'));
}
