/**
 * The loop every command runs: read each document in the main thread (bounded, once), let the
 * caller decide what to do with it (a build skips unchanged ones), and hand it to the worker
 * pool. A few documents are in flight per thread, so reading, working and writing overlap while
 * memory stays bounded. The pool starts with the first document that needs it.
 */
import { maxSeconds } from './budget.js';
import { readInput, type Input } from '../io/read.js';
import { type DocumentPool, inLanes, openPool, threadCount } from './pool.js';
import type { DocumentTask, RunConfig, TaskReply } from './tasks.js';
import { resolveLimits } from '../xml/limits.js';

/** How the documents of a run are worked on. */
export interface DocumentRunOptions {
  /** Worker threads; default one per core. */
  jobs?: number;
  /** Time budget per document in seconds; default `TEIKIT_MAX_SECONDS` or 600. */
  maxSeconds?: number;
}

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
 * @returns the handlers' results, in the order of the files.
 */
export async function runDocuments<R>(
  files: readonly string[],
  config: RunConfig,
  options: DocumentRunOptions,
  onDone: OnDone | undefined,
  handle: (input: Input, dispatch: Dispatch) => Promise<R>,
): Promise<R[]> {
  const limits = resolveLimits(config.limits);
  const seconds = maxSeconds(options.maxSeconds);
  const threads = threadCount(options.jobs, files.length);
  let pool: Promise<DocumentPool> | undefined;
  let done = 0;
  try {
    return await inLanes(files, threads * 2, async (file) => {
      const input = await readInput(file, limits);
      const dispatch: Dispatch = async (task) => (await (pool ??= openPool(config, threads, seconds))).run({ ...task, file, bytes: input.bytes! });
      const result = await handle(input, dispatch);
      onDone?.(++done, files.length, file);
      return result;
    });
  } finally {
    if (pool) await (await pool).close();
  }
}
