/**
 * The collection's pages for a list of built documents, as `collectionFiles` has always offered
 * them (tests and callers that render pages without a build). A build makes them from the
 * collection model with the register (src/targets/collection-outputs.ts); this is the same code with no
 * register and no withdrawn documents.
 */
import { collectionModel, type CollectionDocument, type DocumentRecord } from './collection-model.js';
import { collectionOutputs } from './collection-outputs.js';
import type { IndexEntry, OutputFile } from './types.js';

/**
 * A document's record from an index entry (its own record when it has one).
 * @param e the entry.
 */
function recordOf(e: IndexEntry): DocumentRecord {
  return e.record ?? {
    id: e.id, title: e.title, subtitle: '', kind: '', date: e.date ?? '', reportNumber: e.reportNumber ?? '', classification: e.classification ?? '',
    released: '', resources: [], entities: [], occurrences: [], pages: [],
  };
}

/**
 * The collection's pages (index, names, search, collection.json) and the assets the pages need.
 * @param entries one per document built.
 */
export function collectionFiles(entries: readonly IndexEntry[]): OutputFile[] {
  const docs: CollectionDocument[] = entries.map((e) => ({ key: `${e.id}.xml`, id: e.id, record: recordOf(e), files: e.files, stale: false }));
  return collectionOutputs(collectionModel(docs, undefined, []), docs);
}
