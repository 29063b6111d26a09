/**
 * The loop every command runs: read each document in the main thread (bounded, once), let the
 * caller decide what to do with it (a build skips unchanged ones), and hand it to the worker
 * pool. A few documents are in flight per thread, so reading, working and writing overlap while
 * memory stays bounded. The pool starts with the first document that needs it.
 */
import { maxSeconds } from './budget.js';
import { readInput, type Input } from '../io/read.js';
import { inLanes, type LazyPool, lazyPool, threadCount } from './pool.js';
import type { DocumentTask, RunConfig, RunContext, TaskReply } from './tasks.js';
import { resolveLimits } from '../xml/limits.js';

/** How the documents of a run are worked on. */
export interface DocumentRunOptions {
  /** Worker threads; default one per core. */
  jobs?: number;
  /** Time budget per document in seconds; default `TEIKIT_MAX_SECONDS` or 600. */
  maxSeconds?: number;
}

/**
 * The pool of a run: its threads (one per core, never more than there are documents) and
 * budget, started with the first document that needs it.
 * @param config the schema, rules and limits every worker loads.
 * @param options threads and budget.
 * @param documents how many documents the run has.
 */
export function runPool(config: RunConfig, options: DocumentRunOptions, documents: number): LazyPool {
  // Up to two threads a document: a large one's RELAX NG may go to a helper (HELPER_BYTES).
  return lazyPool(config, threadCount(options.jobs, 2 * documents), maxSeconds(options.maxSeconds));
}

/**
 * From this size on, a document's RELAX NG runs in a helper thread while its own worker builds the
 * tree and runs the rules, when the pool has a thread for every document's helper (a large file
 * validated or built alone). Below it the helper's start costs more than it saves.
 */
export const HELPER_BYTES = 1024 * 1024;

/** Called after each document, for progress display. */
export type OnDone = (done: number, total: number, file: string) => void;

/** Sends a document read by the main thread to a worker. */
export type Dispatch = (task: Omit<DocumentTask, 'file' | 'bytes'>) => Promise<TaskReply>;

/**
 * Reads and works on every file.
 * @param files the run's files.
 * @param config the schema, rules and limits every worker loads.
 * @param options threads and budget.
 * @param onDone progress.
 * @param handle what to do with one read document (`input.diagnostic` when it could not be read).
 * @param shared a pool the caller started before it knew the run's register and collection (a
 *   build, a validation) and closes itself, after later work such as a build's collection pages:
 *   each task carries them; default a pool of this run's own, closed when the documents are done.
 * @returns the handlers' results, in the order of the files.
 */
export async function runDocuments<R>(
  files: readonly string[],
  config: RunConfig,
  options: DocumentRunOptions,
  onDone: OnDone | undefined,
  handle: (input: Input, dispatch: Dispatch) => Promise<R>,
  shared?: LazyPool,
): Promise<R[]> {
  const limits = resolveLimits(config.limits);
  const threads = threadCount(options.jobs, files.length);
  const pool = shared ?? runPool(config, options, files.length);
  const context: RunContext = { register: config.register, collection: config.collection };
  const helpers = pool.threads >= 2 * files.length;
  let done = 0;
  try {
    return await inLanes(files, threads * 2, async (file) => {
      const input = await readInput(file, limits);
      const large = helpers && (input.bytes?.length ?? 0) >= HELPER_BYTES;
      const dispatch: Dispatch = async (task) => {
        const split = large && task.kind !== 'transform';
        return (await pool.get()).run({ ...task, file, bytes: input.bytes!, ...(shared ? { context } : {}), ...(split ? { split } : {}) });
      };
      const result = await handle(input, dispatch);
      onDone?.(++done, files.length, file);
      return result;
    });
  } finally {
    if (!shared) await pool.close();
  }
}
