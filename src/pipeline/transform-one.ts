/**
 * `transform`: one document, one target, to a string (the CLI prints it or writes it). Only the
 * well-formedness gate runs first, so any well-formed TEI can be transformed; `build` is the
 * command that also enforces the schema and the editorial rules.
 */
import type { FileResult } from '../diagnostics/diagnostic.js';
import { renderOne, type TargetName, type TransformOptions } from '../targets/index.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { writeCodeCaches } from '../xml/code-cache.js';
import { saxonDocument } from '../xml/saxon.js';
import { outputId } from './out-path.js';
import { loadDocument } from './load.js';
import { parse } from './parse.js';

/** What to transform. */
export interface TransformRequest extends TransformOptions {
  file: string;
  to: TargetName;
  limits?: Partial<XmlLimits>;
}

/**
 * Checks that a document is well-formed, then transforms it.
 * @param request the file, target, view and width.
 */
export async function transform(request: TransformRequest): Promise<{ output?: string; result: FileResult }> {
  const limits = resolveLimits(request.limits);
  const loaded = await loadDocument(request.file, limits);
  if ('diagnostic' in loaded) return { result: { file: request.file, diagnostics: [loaded.diagnostic] } };
  // Any TEI element may be the root here (other projects publish `teiCorpus` or a lone `surface`).
  const parsed = parse(request.file, loaded.text, [], limits, { root: 'tei-namespace' });
  if (!parsed.ok) return { result: { file: request.file, diagnostics: parsed.diagnostics } };
  const tree = await saxonDocument(parsed.text);
  const r = renderOne({ doc: parsed, tree, id: outputId(parsed.id, request.file) }, request.to, request);
  writeCodeCaches();
  return { output: r.output, result: { file: request.file, diagnostics: [...parsed.diagnostics, ...r.diagnostics] } };
}
