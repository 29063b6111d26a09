/**
 * Runs the collection stylesheet (`xslt/collection.xsl`, compiled to `lib/sef/collection.sef.json`)
 * by its named templates: a document's record and the register's facts (JSON read from a tree), and
 * the collection pages (HTML from the collection model).
 */
import type { SaxonNode } from 'saxon-js';
import { PACKAGE_ROOT } from '../targets/html-assets.js';
import { loadSef, saxonJs } from '../xml/saxon.js';
import type { CollectionModel } from './model.js';

const C_NS = 'urn:teikit:collection';

/** The compiled collection stylesheet (the same path from `src/` and `lib/`). */
export const COLLECTION_SEF = `${PACKAGE_ROOT}lib/sef/collection.sef.json`;

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
   * into the document's search data (`search/<id>.json`, src/collection/search.ts), so the manifest
   * does not carry the text of every page. */
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
  return JSON.parse(String(run('record', { [`Q{${C_NS}}source`]: tree }, 'raw'))) as DocumentRecord;
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

/**
 * One collection page.
 * @param template `index`, `names`, `search` or `withdrawn`.
 * @param model the collection model.
 * @param withdrawnId for `withdrawn`: the document's id.
 */
export function collectionPage(template: 'index' | 'names' | 'search' | 'withdrawn', model: CollectionModel, withdrawnId = ''): string {
  const params = { [`Q{${C_NS}}model`]: JSON.stringify(model), [`Q{${C_NS}}withdrawn-id`]: withdrawnId };
  return String(run(template, params, 'serialized'));
}
