/**
 * The one way documents are worked on: a pool of worker threads (piscina), one per core by
 * default and never more than there are documents; one starts at once, the others when tasks wait.
 * A build starts its pool before it plans, and renders its collection pages there after the
 * documents (src/build/build.ts). Every document task of every command runs there, under
 * the time budget (budget.ts): a task that overruns has its worker ended (the pool starts a new
 * one) and its document gets a `time-budget` diagnostic. A worker that fails otherwise gives the
 * document an `internal-error` diagnostic; only a schema or rules that cannot be loaded stop the
 * run (`ConfigError`).
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import { budgetDiagnostic } from './budget.js';
import type { DocumentTask, HelperTask, RunConfig, TaskReply } from './tasks.js';
import type { PageRequest } from '../targets/collection-stylesheet.js';

/** The run's schema or rules could not be loaded: nothing can be checked. */
export class ConfigError extends Error {}

/** A pool for one run. */
export interface DocumentPool {
  /**
   * Runs one task; resolves to its reply, or to a reply with the diagnostic of what stopped it.
   * @param task the document and what to do with it.
   * @throws ConfigError when the schema or rules cannot be loaded.
   */
  run(task: DocumentTask): Promise<TaskReply>;
  /**
   * Renders one collection page in a worker (whose SaxonJS is warm from the documents).
   * @param request the page and its model.
   */
  page(request: PageRequest): Promise<string>;
  /** How many workers are running now (the pool starts more only when tasks wait). */
  readonly threads: number;
  /** Ends the workers. */
  close(): Promise<void>;
}

/** A pool started when first asked for, so that a run with nothing to work on starts no thread. */
export interface LazyPool {
  /** The pool, started on the first call. */
  get(): Promise<DocumentPool>;
  /** The most workers it runs. */
  readonly threads: number;
  /** Ends its workers, if it was started. */
  close(): Promise<void>;
}

/**
 * A pool that starts when first asked for.
 * @param config what every task shares.
 * @param threads how many workers.
 * @param seconds the time budget of one document.
 */
export function lazyPool(config: RunConfig, threads: number, seconds: number): LazyPool {
  let pool: Promise<DocumentPool> | undefined;
  return {
    get: () => (pool ??= openPool(config, threads, seconds)),
    threads,
    close: async () => {
      if (pool) await (await pool).close();
    },
  };
}

/**
 * How many threads a run uses.
 * @param jobs the `--jobs` option, if given.
 * @param documents how many documents the run has.
 */
export function threadCount(jobs: number | undefined, documents: number): number {
  return Math.max(1, Math.min(jobs ?? availableParallelism(), documents));
}

/**
 * Starts a pool (its workers start loading SaxonJS, the schema and the rules at once).
 * @param config what every task shares.
 * @param threads how many workers.
 * @param seconds the time budget of one document.
 */
export async function openPool(config: RunConfig, threads: number, seconds: number): Promise<DocumentPool> {
  const { Piscina } = await import('piscina');
  const pool: Piscina = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    // One worker starts at once; the others when tasks wait for them (a run of one document, or
    // a pool started before the run knows how many it has, starts one).
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
    atomics: 'disabled',
    workerData: config,
  });
  return {
    run: (task) => (task.split ? runSplit(pool, task, seconds) : runBudgeted(pool, task, seconds)),
    page: async (request) => String(await pool.run(request, { name: 'page' })),
    get threads() {
      return Math.max(1, pool.threads.length);
    },
    close: () => pool.destroy(),
  };
}

/**
 * Runs a document task with RELAX NG in a second worker (src/validate/relaxng/remote.ts): the
 * helper is queued beside the document, and the pool starts a worker for it. The dispatcher splits
 * a task only when the pool has a worker for every document's helper as well, so a document never
 * waits for a helper that waits for a thread.
 */
async function runSplit(pool: Piscina, { split: _, ...task }: DocumentTask, seconds: number): Promise<TaskReply> {
  const channel = new MessageChannel();
  const helper: HelperTask = { file: task.file, port: channel.port2, ...(task.context ? { context: task.context } : {}) };
  // The helper ends when the document's worker closes its side, whatever became of the document.
  pool.run(helper, { name: 'relaxng', transferList: [channel.port2] }).catch(() => undefined);
  return runBudgeted(pool, { ...task, helper: channel.port1 }, seconds, [channel.port1]);
}

async function runBudgeted(pool: Piscina, task: DocumentTask, seconds: number, transfer: MessagePort[] = []): Promise<TaskReply> {
  const channel = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  channel.port1.once('message', () => (timer = setTimeout(() => abort.abort(), Math.min(seconds * 1000, 2 ** 31 - 1))));
  try {
    const reply = (await pool.run({ ...task, port: channel.port2 }, { transferList: [channel.port2, ...transfer], signal: abort.signal })) as TaskReply;
    if (reply.config !== undefined) throw new ConfigError(reply.config);
    return reply;
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    if (abort.signal.aborted) return { result: { file: task.file, diagnostics: [budgetDiagnostic(task.file, seconds)] } };
    const reason = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
    const message = `Unexpected failure of the worker thread (${reason}), expected the document processed; nothing of it was written`;
    return { result: { file: task.file, diagnostics: [{ file: task.file, line: 1, column: 1, severity: 'error', ruleId: 'internal-error', source: 'io', message }] } };
  } finally {
    clearTimeout(timer);
    channel.port1.close();
  }
}

/**
 * Calls `work` on every item, at most `lanes` at a time, and keeps the results in the items' order.
 * @param items the inputs.
 * @param lanes how many at a time.
 * @param work what to do with one.
 */
export async function inLanes<T, R>(items: readonly T[], lanes: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      try {
        out[i] = await work(items[i], i);
      } catch (err) {
        next = items.length; // the other lanes stop after their current item
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, lane));
  return out;
}
