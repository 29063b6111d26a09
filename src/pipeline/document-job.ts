/**
 * The work done for one document, in the main thread or in a worker: validate, and for `build`
 * render every target and write the outputs atomically. A document with errors writes nothing.
 * A run too small for the worker pool may have the heavier targets rendered by a helper thread
 * meanwhile (render-helper.ts); the outputs and diagnostics are the same either way.
 */
import { stat } from 'node:fs/promises';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { type IndexEntry, type Rendered, renderFiles, type TargetName } from '../targets/index.js';
import { outputId, safeOutputPath } from './out-path.js';
import { readHeader } from './header.js';
import { type CollectionContext, pageParams } from '../collection/page-params.js';
import { HELPER_MAX_CHARS, type RemoteRender, remoteRendered, renderInHelper, textHash } from './render-helper.js';
import { type Checkers, loadCheckers, validateDocument, type ValidateOptions } from './validate.js';
import { writeAtomic } from './write.js';

/** Options shared by every job of a run (must survive structured cloning into workers). */
export interface JobOptions extends ValidateOptions {
  /** Set for `build`: the output folder and targets. */
  out?: string;
  targets?: TargetName[];
  /** For `build`: the collection the pages belong to (src/collection/page-params.ts). */
  collection?: CollectionContext;
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
  const key = JSON.stringify([options.schema, options.rules, options.limits, options.register]);
  let c = checkersByOptions.get(key);
  if (!c) {
    c = loadCheckers(options);
    checkersByOptions.set(key, c);
  }
  return c;
}

/** How one job runs. */
export interface JobRunOptions {
  /** Render the heavier targets in the helper thread while this thread validates (main thread only). */
  helper?: boolean;
}

/**
 * Runs one job.
 * @param job the file and the run's options.
 * @param run whether a helper thread renders part of the targets.
 */
export async function runDocumentJob(job: DocumentJob, run: JobRunOptions = {}): Promise<DocumentOutcome> {
  const { out, targets } = job.options;
  const remote = run.helper && out && targets?.length && (await helpable(job.file)) ? renderInHelper(job.file, targets, job.options.limits, job.options.collection) : undefined;
  const v = await validateDocument(job.file, await checkersFor(job.options), { tree: Boolean(out && targets) });
  const diagnostics: Diagnostic[] = [...v.result.diagnostics];
  const outcome: DocumentOutcome = { result: { file: job.file, diagnostics }, written: [] };
  if (!out || !targets || !v.parsed || !v.tree || diagnostics.some((d) => d.severity === 'error')) {
    remote?.cancel();
    return outcome;
  }
  const id = outputId(v.parsed.id, job.file);
  const input = { doc: v.parsed, tree: v.tree, id, params: await pageParams(job.options.collection, job.file, id) };
  const rendered = await renderTargets(targets, (t) => renderFiles(input, t), remote, v.parsed.text);
  for (const r of rendered) diagnostics.push(...r.diagnostics);
  for (const f of rendered.flatMap((r) => r.files)) {
    await writeAtomic(safeOutputPath(out, f.name), f.content);
    outcome.written.push(f.name);
  }
  outcome.entry = { id: input.id, ...readHeader(v.tree, input.id), files: outcome.written };
  return outcome;
}

/** Whether a document is small enough for the render helper (bytes bound characters from above). */
async function helpable(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && info.isFile() && info.size < HELPER_MAX_CHARS;
}

/**
 * Every target's rendering, in the run's order: the helper's where it rendered the same text,
 * this thread's otherwise (the helper's targets last, to give it time).
 */
async function renderTargets(targets: readonly TargetName[], local: (t: TargetName) => Rendered, remote: RemoteRender | undefined, text: string): Promise<Rendered[]> {
  const done = new Map<TargetName, Rendered>();
  for (const t of targets) if (!remote?.targets.includes(t)) done.set(t, local(t));
  if (remote) {
    const reply = await remote.reply;
    const hash = textHash(text);
    for (const t of remote.targets) done.set(t, remoteRendered(remote, reply, hash, t) ?? local(t));
  }
  return targets.map((t) => done.get(t)!);
}

