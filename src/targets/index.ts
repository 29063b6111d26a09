/**
 * The targets (html, text, json): each module (`./html.js`, `./text.js`, `./json.js`) exports a
 * `Target` that runs its compiled stylesheet on a validated document. This module dispatches by
 * target name; the HTML module may also export `collectionFiles` (the collection's index page and
 * the assets the HTML needs).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentRecord } from '../collection/stylesheet.js';
import * as html from './html.js';
import { jsonTarget } from './json.js';
import { textTarget } from './text.js';
import type { OutputFile, RenderInput, Rendered, Target, TargetName, TextOptions, TransformOptions } from './types.js';

export * from './types.js';

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

function isTarget(value: unknown, name: TargetName): value is Target {
  const t = value as Partial<Target> | null;
  return typeof t === 'object' && t !== null && t.name === name && typeof t.files === 'function' && typeof t.one === 'function';
}

/** The HTML module's Target, whatever its export is called. */
function htmlTarget(): Target {
  const found = Object.values(html as Record<string, unknown>).find((v) => isTarget(v, 'html'));
  if (!found) throw new Error('Unexpected HTML target module without a `Target` named `html`, expected one');
  return found as Target;
}

/**
 * The target of a name.
 * @param name html, text or json.
 */
export function targetOf(name: TargetName): Target {
  switch (name) {
    case 'text':
      return textTarget;
    case 'json':
      return jsonTarget;
    case 'html':
      return htmlTarget();
    default:
      throw new Error(`Unexpected target \`${String(name)}\`, expected \`html\`, \`text\` or \`json\``);
  }
}

/**
 * Renders one document to one target for `teikit transform`.
 * @param input the document.
 * @param target the target.
 * @param options view and width.
 */
export function renderOne(input: RenderInput, target: TargetName, options: TransformOptions = {}): { output: string; diagnostics: Diagnostic[] } {
  return targetOf(target).one(input, options);
}

/**
 * Renders the files a build writes for one document and target.
 * @param input the document.
 * @param target the target.
 * @param options the plain-text options.
 */
export function renderFiles(input: RenderInput, target: TargetName, options: TextOptions = {}): Rendered {
  return targetOf(target).files(input, options);
}

/**
 * The collection's `index.html` and the assets the HTML needs (from the HTML module, if it
 * provides them).
 * @param entries one per document built.
 */
export function collectionFiles(entries: readonly IndexEntry[]): OutputFile[] {
  const make = (html as { collectionFiles?: (e: readonly IndexEntry[]) => OutputFile[] }).collectionFiles;
  return typeof make === 'function' ? make(entries) : [];
}
