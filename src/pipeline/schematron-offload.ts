/**
 * RELAX NG and Schematron at the same time for one large document (issue 6): while the main
 * thread parses the text with saxes and validates it against RELAX NG, one helper thread builds
 * the SaxonJS tree and runs the rules (schematron-thread.ts). On a 10 MB document the two halves
 * take seconds each, and two cores do them side by side.
 *
 * Only for runs that do not need the tree afterwards (`validate`, not `build`), for documents
 * above a size where the helper's SaxonJS load (about half a second) pays off, and never inside a
 * pool worker (the collection is already spread over the cores). The gate still decides: the
 * findings are used only when the saxes parse accepts the document. SaxonJS sees the text before
 * the gate has finished, so a text with a DOCTYPE (which the gate rejects, and which is the only
 * way to declare entities that a parser might fetch) is never offloaded.
 */
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import type { RuleOutcome } from '../schematron/findings.js';
import { HelperThread } from './helper-thread.js';
import type { ThreadReply, ThreadRequest } from './schematron-thread.js';
import type { CompiledRules } from './validate-schematron.js';

/** Documents at least this long (characters; `TEIKIT_OFFLOAD_MIN` overrides) are offloaded. */
export const OFFLOAD_MIN = 1024 * 1024;

/** A check running in the helper thread. */
export interface Offloaded {
  /** The rules' outcome, or undefined when the helper could not run them (then run them here). */
  outcome: Promise<RuleOutcome | undefined>;
  /** Gives up on the answer (the document failed the gate): the helper is stopped. */
  cancel(): void;
}

const helper = new HelperThread<ThreadRequest, ThreadReply, RuleOutcome>(
  new URL('./schematron-thread.js', import.meta.url),
  (reply) => reply.outcome,
);

/**
 * Whether a document's Schematron check should run in the helper thread.
 * @param text the document.
 */
export function shouldOffload(text: string): boolean {
  const min = Number(process.env.TEIKIT_OFFLOAD_MIN ?? OFFLOAD_MIN);
  return isMainThread && availableParallelism() > 1 && text.length >= min && !text.includes('<!DOCTYPE');
}

/**
 * Starts the rules on a document in the helper thread.
 * @param file the document's path.
 * @param text the document.
 * @param rules the loaded rules (the helper loads the same ones from `rules.source`).
 */
export function offloadRules(file: string, text: string, rules: CompiledRules): Offloaded {
  const { answer, cancel } = helper.request({ file, text, rules: rules.source });
  return { outcome: answer, cancel };
}
