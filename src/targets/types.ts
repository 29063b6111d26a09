import type { DocumentRecord } from './collection-model.js';
import type { SaxonNode } from 'saxon-js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../xml/document.js';

/** The edition's output formats. */
export type TargetName = 'html' | 'text' | 'json';

/** Names of all targets, in build order. */
export const TARGET_NAMES: readonly TargetName[] = ['html', 'text', 'json'];

/** Options of the plain-text target (off by default). */
export interface TextOptions {
  /** Begin with the edition's title, source and classification (`--text-header`). */
  textHeader?: boolean;
  /** Number the notes in the text and give them at the end (`--notes`). */
  notes?: boolean;
}

/** Options of one transformation. */
export interface TransformOptions extends TextOptions {
  /** Text view: `reading` (default) or `diplomatic`. */
  view?: 'reading' | 'diplomatic';
  /** Wrap text at this many columns; 0 for no wrapping; default 78. */
  width?: number;
}

/** One output file, named relative to the output folder. */
export interface OutputFile {
  name: string;
  content: string;
}

/** What a target made of one document. */
export interface Rendered {
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

/** The document a target renders: the gate's result and SaxonJS's tree of the same text. */
export interface RenderInput {
  doc: ParsedDocument;
  tree: SaxonNode;
  /** The sanitised document id that names the outputs. */
  id: string;
  /** Stylesheet parameters about the collection, for the HTML page and the JSON (src/exec/page-params.ts). */
  params?: Record<string, unknown>;
}

/** A target: its build outputs and its single `teikit transform` output. */
export interface Target {
  name: TargetName;
  /**
   * The files a build writes for one document (e.g. `<id>.txt` and `<id>.diplomatic.txt`).
   * @param input the document.
   * @param options the plain-text options (other targets ignore them).
   */
  files(input: RenderInput, options?: TextOptions): Rendered;
  /**
   * The one output `teikit transform` prints.
   * @param input the document.
   * @param options view and width.
   */
  one(input: RenderInput, options: TransformOptions): { output: string; diagnostics: Diagnostic[] };
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
  /** The document's facts for the collection pages (xslt/collection/record.xsl). */
  record?: DocumentRecord;
}
