/**
 * The targets (html, text, json): each module (`./html.js`, `./text.js`, `./json.js`) exports a
 * `Target` that runs its compiled stylesheet on a validated document. This module dispatches by
 * target name through a plain registry, and makes the collection's pages (`./collection.js`).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { collectionFiles as collectionPages } from './collection.js';
import { htmlTarget } from './html.js';
import { jsonTarget } from './json.js';
import { textTarget } from './text.js';
import type { IndexEntry, OutputFile, RenderInput, Rendered, Target, TargetName, TextOptions, TransformOptions } from './types.js';

export * from './types.js';

/** The targets by name: a plain registry. */
const TARGETS: Readonly<Record<TargetName, Target>> = { html: htmlTarget, text: textTarget, json: jsonTarget };

/**
 * The target of a name.
 * @param name html, text or json.
 */
export function targetOf(name: TargetName): Target {
  const target = Object.hasOwn(TARGETS, name) ? TARGETS[name] : undefined;
  if (!target) throw new Error(`Unexpected target \`${String(name)}\`, expected \`html\`, \`text\` or \`json\``);
  return target;
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
 * The collection's pages and the assets the HTML needs.
 * @param entries one per document built.
 */
export function collectionFiles(entries: readonly IndexEntry[]): OutputFile[] {
  return collectionPages(entries);
}
