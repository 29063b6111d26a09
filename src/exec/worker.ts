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
import type { DocumentTask, HelperTask, RunConfig, TaskReply } from './tasks.js';
import { relaxNgHelper } from '../validate/relaxng/remote.js';
import { type Checkers, loadCheckers } from '../validate/document.js';
import { type RegisterRef, registerTree } from '../validate/register.js';
import { type PageRequest, renderPage } from '../targets/collection-stylesheet.js';

const config = (workerData ?? { checks: true }) as RunConfig;
// The schema and rules, loaded once, as soon as the worker starts; the register's tree is added per
// register the tasks name (a build sends it with each task: its pool starts before it is read).
let base: Promise<Checkers> | undefined;
const baseCheckers = (): Promise<Checkers> => (base ??= loadCheckers({ ...config, register: undefined }));
const withRegister = new Map<string, Promise<Checkers>>();
const checkersFor = (register: RegisterRef | undefined) => (): Promise<Checkers> => {
  if (!register) return baseCheckers();
  const id = `${register.key}\0${register.hash}`;
  let c = withRegister.get(id);
  if (!c) {
    c = baseCheckers().then(async (b) => {
      const tree = await registerTree(register, config.limits);
      return tree ? { ...b, register: { ref: register, tree } } : b;
    });
    withRegister.set(id, c);
  }
  return c;
};
if (config.checks) baseCheckers().catch(() => undefined);
saxonJs();

/**
 * Runs one task in this worker.
 * @param task the document, what to do with it, and the port to say when it starts.
 */
export default async function work(task: DocumentTask): Promise<TaskReply> {
  const { port, context, ...rest } = task;
  const run: RunConfig = context ? { ...config, ...context } : config;
  const checkers = checkersFor(run.register);
  if (config.checks) {
    try {
      await checkers();
    } catch (err) {
      port?.close();
      return { result: { file: task.file, diagnostics: [] }, config: err instanceof Error ? err.message : String(err) };
    }
  }
  port?.postMessage('start');
  port?.close();
  let reply: TaskReply;
  try {
    reply = await runTask(rest, run, checkers);
  } finally {
    // A document that never reached the gate (undecodable bytes) lets its helper go.
    task.helper?.close();
  }
  // After the first document, the code cache holds what every later one runs (once per thread).
  writeCodeCaches();
  return reply;
}

/**
 * Validates one document against the schema from the events its gate sends (a split task's helper).
 * @param task the document's path and the port the events come over.
 */
export async function relaxng(task: HelperTask): Promise<void> {
  try {
    const { grammar } = await baseCheckers();
    await relaxNgHelper(task.port, grammar, task.file);
  } finally {
    task.port.close();
  }
}

/**
 * Renders one collection page in this worker (a build's collection step, after its documents).
 * @param request the page and its model.
 */
export function page(request: PageRequest): string {
  return renderPage(request);
}
