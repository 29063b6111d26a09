/**
 * The worker thread entry: each worker loads SaxonJS, the stylesheets, the schema and the rules
 * once, then runs document jobs sent by the pool.
 */
import { type DocumentJob, type DocumentOutcome, runDocumentJob } from './document-job.js';

/**
 * Runs one job in this worker.
 * @param job the file and the run's options.
 */
export default function work(job: DocumentJob): Promise<DocumentOutcome> {
  return runDocumentJob(job);
}
