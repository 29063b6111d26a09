/**
 * The worker thread entry: every document of every command runs here, in the pool (pool.ts).
 * Each worker loads SaxonJS and, for the checking commands, the run's schema and rules once, as
 * soon as it starts (while the main thread finds and reads the documents), then runs tasks. A
 * schema or rules that cannot be loaded are the run's failure, answered as `config`.
 */
import { workerData } from 'node:worker_threads';
import { writeCodeCaches } from '../saxon/code-cache.js';
import { saxonJs } from '../saxon/load.js';
import { runTask } from './document-job.js';
import type { DocumentTask, RunConfig, TaskReply } from './tasks.js';
import { type Checkers, loadCheckers } from '../validate/document.js';

const config = (workerData ?? { checks: true }) as RunConfig;
let checkers: Promise<Checkers> | undefined;
const loadedCheckers = (): Promise<Checkers> => (checkers ??= loadCheckers(config));
if (config.checks) loadedCheckers().catch(() => undefined);
saxonJs();

/**
 * Runs one task in this worker.
 * @param task the document, what to do with it, and the port to say when it starts.
 */
export default async function work(task: DocumentTask): Promise<TaskReply> {
  const { port, ...rest } = task;
  if (config.checks) {
    try {
      await loadedCheckers();
    } catch (err) {
      port?.close();
      return { result: { file: task.file, diagnostics: [] }, config: err instanceof Error ? err.message : String(err) };
    }
  }
  port?.postMessage('start');
  port?.close();
  const reply = await runTask(rest, config, loadedCheckers);
  // After the first document, the code cache holds what every later one runs (once per thread).
  writeCodeCaches();
  return reply;
}
