/**
 * `transform`: one document, one target, to a string (the CLI prints it or writes it). The
 * document is read like every other (src/io/read.ts) and worked on in the pool, under the time budget.
 * Only the well-formedness gate runs first, so any well-formed TEI can be transformed; `build` is
 * the command that also enforces the schema and the editorial rules.
 */
import type { FileResult } from '../diagnostics/diagnostic.js';
import type { TargetName, TransformOptions } from '../targets/index.js';
import type { XmlLimits } from '../xml/limits.js';
import { runDocuments } from './run-documents.js';
import type { TaskReply } from './tasks.js';

/** What to transform. */
export interface TransformRequest extends TransformOptions {
  file: string;
  to: TargetName;
  limits?: Partial<XmlLimits>;
  /** Time budget in seconds; default `TEIKIT_MAX_SECONDS` or 600. */
  maxSeconds?: number;
}

/**
 * Checks that a document is well-formed, then transforms it.
 * @param request the file, target, view and width.
 */
export async function transform(request: TransformRequest): Promise<{ output?: string; result: FileResult }> {
  const { file, to, view, width, textHeader, notes } = request;
  const [reply] = await runDocuments<TaskReply>([file], { checks: false, limits: request.limits }, { jobs: 1, maxSeconds: request.maxSeconds }, undefined, async (input, dispatch) =>
    input.diagnostic ? { result: { file, diagnostics: [input.diagnostic] } } : dispatch({ kind: 'transform', transform: { to, view, width, textHeader, notes } }),
  );
  return { output: reply.output, result: reply.result };
}
