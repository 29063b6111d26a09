/**
 * What the collection reads of a built document, from the SaxonJS tree the targets render (one
 * parse per document: comments, CDATA and character references in the header are the tree's, not
 * a text slice's): the index's fields and the record the collection pages are made from
 * (xslt/collection/record.xsl).
 */
import type { SaxonNode } from 'saxon-js';
import type { DocumentRecord } from '../targets/collection-model.js';
import { documentRecord } from '../targets/collection-stylesheet.js';

/** What the collection index shows of a document, with its full record. */
export interface HeaderSummary {
  title: string;
  date?: string;
  reportNumber?: string;
  classification?: string;
  record: DocumentRecord;
}

/**
 * Summarises a document.
 * @param tree the document's SaxonJS tree.
 * @param fallbackTitle shown when the document has no title.
 */
export function readHeader(tree: SaxonNode, fallbackTitle: string): HeaderSummary {
  const record = documentRecord(tree);
  return {
    title: record.title || fallbackTitle,
    ...(record.date ? { date: record.date } : {}),
    ...(record.reportNumber ? { reportNumber: record.reportNumber } : {}),
    ...(record.classification ? { classification: record.classification } : {}),
    record,
  };
}
