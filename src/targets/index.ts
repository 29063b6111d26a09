/**
 * The targets (html, text, json): each runs its compiled stylesheet on a validated document.
 * (Filled in by the build-and-transform work; this placeholder renders nothing.)
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputFile, RenderInput, Rendered, TargetName, TransformOptions } from './types.js';

export * from './types.js';

/**
 * Renders one document to one target for `teikit transform`.
 * @param input the document.
 * @param target the target.
 * @param options view and width.
 */
export function renderOne(input: RenderInput, target: TargetName, options: TransformOptions = {}): { output: string; diagnostics: Diagnostic[] } {
  void input; void target; void options;
  throw new Error('targets are not implemented yet');
}

/**
 * Renders the files a build writes for one document and target.
 * @param input the document.
 * @param target the target.
 */
export function renderFiles(input: RenderInput, target: TargetName): Rendered {
  void input; void target;
  throw new Error('targets are not implemented yet');
}

/** Summary of one built document, for the collection index. */
export interface IndexEntry {
  id: string;
  /** Header fields read from the document. */
  title: string;
  date?: string;
  reportNumber?: string;
  classification?: string;
  /** Output file names written for it. */
  files: string[];
}

/**
 * The collection's `index.html` and the assets the HTML needs.
 * @param entries one per document built.
 */
export function collectionFiles(entries: readonly IndexEntry[]): OutputFile[] {
  void entries;
  return [];
}
