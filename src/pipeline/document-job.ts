/**
 * The work done for one document, in the main thread or in a worker: validate, and for `build`
 * render every target and write the outputs atomically. A document with errors writes nothing.
 */
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { type IndexEntry, renderFiles, type TargetName } from '../targets/index.js';
import { safeOutputPath } from './out-path.js';
import { readHeader } from './header.js';
import { type Checkers, loadCheckers, validateDocument, type ValidateOptions } from './validate.js';
import { writeAtomic } from './write.js';

/** Options shared by every job of a run (must survive structured cloning into workers). */
export interface JobOptions extends ValidateOptions {
  /** Set for `build`: the output folder and targets. */
  out?: string;
  targets?: TargetName[];
}

/** One document to validate, or to validate and build. */
export interface DocumentJob {
  file: string;
  options: JobOptions;
}

/** What the job did. */
export interface DocumentOutcome {
  result: FileResult;
  /** Output names written, relative to the output folder. */
  written: string[];
  /** For the collection index, when the document was built. */
  entry?: IndexEntry;
}

const checkersByOptions = new Map<string, Promise<Checkers>>();

/**
 * The schema and rules for a run's options, loaded once per thread.
 * @param options schema, rules, limits.
 */
export function checkersFor(options: ValidateOptions): Promise<Checkers> {
  const key = JSON.stringify([options.schema, options.rules, options.limits]);
  let c = checkersByOptions.get(key);
  if (!c) {
    c = loadCheckers(options);
    checkersByOptions.set(key, c);
  }
  return c;
}

/**
 * Runs one job.
 * @param job the file and the run's options.
 */
export async function runDocumentJob(job: DocumentJob): Promise<DocumentOutcome> {
  const v = await validateDocument(job.file, await checkersFor(job.options), { tree: Boolean(job.options.out && job.options.targets) });
  const diagnostics: Diagnostic[] = [...v.result.diagnostics];
  const outcome: DocumentOutcome = { result: { file: job.file, diagnostics }, written: [] };
  const { out, targets } = job.options;
  if (!out || !targets || !v.parsed || !v.tree || diagnostics.some((d) => d.severity === 'error')) return outcome;
  const id = v.parsed.id ?? '';
  const rendered = targets.map((t) => renderFiles({ doc: v.parsed!, tree: v.tree!, id: outputId(id, job.file) }, t));
  for (const r of rendered) diagnostics.push(...r.diagnostics);
  for (const f of rendered.flatMap((r) => r.files)) {
    await writeAtomic(safeOutputPath(out, f.name), f.content);
    outcome.written.push(f.name);
  }
  outcome.entry = { id: outputId(id, job.file), ...readHeader(v.parsed.text, outputId(id, job.file)), files: outcome.written };
  return outcome;
}

/**
 * The id that names a document's outputs: its `xml:id` when that is a safe file name, otherwise
 * the file's base name made safe. Never a path.
 * @param id the root's `xml:id`, if any.
 * @param file the document's path.
 */
export function outputId(id: string | undefined, file: string): string {
  if (id && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) && !id.includes('..')) return id;
  const base = file.split(/[\\/]/).pop()!.replace(/\.xml$/i, '');
  return base.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[._]+/, '') || 'document';
}
