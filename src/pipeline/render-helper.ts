/**
 * One document built on two cores (issue 6, "the edition, cold"): while the main thread validates
 * a small document and renders the text target, a helper thread (render-thread.ts) renders the
 * heavier targets (HTML, JSON) of the same file. Each thread pays its own SaxonJS load and warm-up,
 * but a single document's build then takes about half the time from process start.
 *
 * Used only for runs too small for the worker pool (pool.ts), in the main thread, when more than
 * one thread is allowed, and for documents under 1 MB (a large document's second SaxonJS tree
 * would cost more memory than the overlap saves). The helper's outputs are used only when the
 * main thread's validation passes and both threads read the same text; in any other case the main
 * thread renders everything itself, so the outputs never differ from a one-thread build.
 */
import { createHash } from 'node:crypto';
import type { Rendered, TargetName } from '../targets/index.js';
import type { XmlLimits } from '../xml/limits.js';
import type { CollectionContext } from '../collection/page-params.js';
import { HelperThread } from './helper-thread.js';
import type { RenderReply, RenderRequest } from './render-thread.js';

/** Documents at least this long (characters) are rendered in the main thread. */
export const HELPER_MAX_CHARS = 1024 * 1024;

/** Targets being rendered in the helper thread. */
export interface RemoteRender {
  /** The targets the helper renders (the others are the main thread's). */
  targets: readonly TargetName[];
  /** The helper's answer, undefined when it declined or failed. */
  reply: Promise<RenderReply | undefined>;
  /** Gives up on the answer (the document failed validation): the helper is stopped. */
  cancel(): void;
}

/**
 * Hash of a document's text, to check that both threads rendered the same one.
 * @param text the decoded document.
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const helper = new HelperThread<RenderRequest, RenderReply, RenderReply>(new URL('./render-thread.js', import.meta.url), (reply) => reply);

/**
 * The targets a helper takes: all but `text` (the lightest, rendered in the main thread after
 * validation), or the only one asked.
 * @param targets the run's targets, in build order.
 */
export function helperTargets(targets: readonly TargetName[]): TargetName[] {
  return targets.length === 1 ? [...targets] : targets.filter((t) => t !== 'text');
}

/**
 * Starts rendering a document's heavier targets in the helper thread.
 * @param file the document's path.
 * @param targets the run's targets.
 * @param limits bounds on untrusted input (the helper's gate applies the same).
 * @param collection the collection the pages belong to.
 */
export function renderInHelper(file: string, targets: readonly TargetName[], limits?: Partial<XmlLimits>, collection?: CollectionContext): RemoteRender {
  const mine = helperTargets(targets);
  const { answer, cancel } = helper.request({ file, targets: mine, limits, maxChars: HELPER_MAX_CHARS, collection });
  return { targets: mine, reply: answer, cancel };
}

/**
 * The helper's rendering of one target, if it rendered that document's text.
 * @param remote from `renderInHelper`.
 * @param reply its answer.
 * @param hash the hash of the text the main thread validated.
 * @param target a target the helper was given.
 */
export function remoteRendered(remote: RemoteRender, reply: RenderReply | undefined, hash: string, target: TargetName): Rendered | undefined {
  const i = remote.targets.indexOf(target);
  return i >= 0 && reply?.hash === hash ? reply.rendered?.[i] : undefined;
}
