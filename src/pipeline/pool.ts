/**
 * Spreads document jobs over worker threads (piscina), one per core by default. Small runs stay in
 * the main thread (starting a worker costs a SaxonJS load), with a helper thread rendering the
 * heavier targets of each document when more than one thread is allowed (render-helper.ts).
 */
import { availableParallelism } from 'node:os';
import { writeCodeCaches } from '../xml/code-cache.js';
import { type DocumentJob, type DocumentOutcome, runDocumentJob } from './document-job.js';

/** How a batch runs. */
export interface PoolOptions {
  /** Threads; default one per core. 1 runs everything in the main thread. */
  jobs?: number;
  /** Called after each document, for progress display. */
  onDone?: (done: number, total: number, file: string) => void;
}

/** Below this many documents, workers cost more than they save. */
const MIN_FOR_WORKERS = 4;

/**
 * Runs the jobs and returns their outcomes in the order of the jobs.
 * @param jobs one per document.
 * @param options threads and progress.
 */
export async function runJobs(jobs: readonly DocumentJob[], options: PoolOptions = {}): Promise<DocumentOutcome[]> {
  const allowed = Math.max(1, options.jobs ?? availableParallelism());
  const threads = Math.min(allowed, jobs.length);
  let done = 0;
  const tick = (file: string) => options.onDone?.(++done, jobs.length, file);
  if (threads === 1 || jobs.length < MIN_FOR_WORKERS) {
    const out: DocumentOutcome[] = [];
    for (const j of jobs) {
      out.push(await runDocumentJob(j, { helper: allowed > 1 }));
      tick(j.file);
    }
    writeCodeCaches();
    return out;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  });
  try {
    return await Promise.all(
      jobs.map((j) =>
        (pool.run(j) as Promise<DocumentOutcome>).then((o) => {
          tick(j.file);
          return o;
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
