/**
 * The worker thread entry: each worker loads SaxonJS, the stylesheets, the schema and the rules
 * once, then runs document jobs sent by the pool.
 */
import { writeCodeCaches } from '../xml/code-cache.js';
import { type DocumentJob, type DocumentOutcome, runDocumentJob } from './document-job.js';

/**
 * Runs one job in this worker.
 * @param job the file and the run's options.
 */
export default async function work(job: DocumentJob): Promise<DocumentOutcome> {
  const outcome = await runDocumentJob(job);
  // After the first document, the code cache holds what every later one runs (once per thread).
  writeCodeCaches();
  return outcome;
}
