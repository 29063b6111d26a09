/**
 * One document of a build, in the main thread: skip it when it has not changed (same bytes, same
 * register), otherwise have a worker check and render it, then commit its outputs together with
 * its TEI source and the files it references (all of them or none). A document that cannot be
 * written gets a located diagnostic (`build-write`, or `output-is-input` for an output that would
 * replace an input); the build goes on with the others.
 */
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import type { OutputBytes } from './finish.js';
import type { PlannedDocument } from './plan.js';
import { sourceCopies } from '../io/sources.js';
import type { IndexEntry } from '../targets/index.js';
import { isFresh, type Manifest, withFile } from './manifest.js';
import { contentHash } from '../io/hash.js';
import type { Input } from '../io/read.js';
import { type FileIdentities, OutputIsInputError, outputPath } from '../io/out-folder.js';
import type { Dispatch } from '../exec/run-documents.js';
import type { TargetName, TextOptions } from '../targets/types.js';
import { commitFiles } from '../io/write.js';

/** What the build did with one document. */
export interface DocumentOutcome {
  result: FileResult;
  /** Output names written, relative to the output folder. */
  written: string[];
  /** For the collection index, when the document was built (or skipped as unchanged). */
  entry?: IndexEntry;
  /** The content hash, when the document was read. */
  hash?: string;
  /** True when the manifest says the outputs are current. */
  skipped?: boolean;
}

/** What every document of a build shares. */
export interface BuildContext {
  out: string;
  targets: readonly TargetName[];
  /** Plain-text options. */
  text?: TextOptions;
  /** Undefined with `--no-cache`. */
  manifest?: Manifest;
  /** The run's inputs, which no output may replace. */
  inputs: FileIdentities;
  /** The hash of the run's register ('' or unset without one): part of each document's cache entry. */
  register?: string;
  /** The edition folder: each document's TEI source is copied to `tei/<its path in it>`. */
  root?: string;
}

/**
 * Builds one document.
 * @param input the document as read by the main thread.
 * @param dispatch sends it to a worker.
 * @param ctx the build's output folder, targets, manifest, inputs and collection.
 * @param doc the document as planned: its manifest key and the id its outputs were planned under.
 */
export async function buildDocument(input: Input, dispatch: Dispatch, ctx: BuildContext, doc?: PlannedDocument): Promise<DocumentOutcome> {
  const { file } = input;
  if (input.diagnostic) return { result: { file, diagnostics: [input.diagnostic] }, written: [] };
  const hash = contentHash(input.bytes);
  const fresh = ctx.manifest ? isFresh(ctx.manifest, ctx.out, doc?.key ?? file, hash, ctx.register ?? '') : undefined;
  if (fresh) return { result: { file, diagnostics: withFile(fresh.diagnostics, file) }, written: [], entry: fresh.entry, hash, skipped: true };
  const reply = await dispatch({ kind: 'build', targets: ctx.targets, text: ctx.text });
  const outcome: DocumentOutcome = { result: reply.result, written: [], hash };
  if (!reply.files || !reply.entry) return outcome;
  if (doc && reply.entry.id !== doc.id) {
    // The id was checked against the collection's before anything was written; a file that changed since is not written.
    reply.result.diagnostics.push(changedDuringBuild(file, doc.id, reply.entry.id));
    return outcome;
  }
  const copies = ctx.root ? await sourceCopies(file, input.bytes, reply.entry.record?.resources ?? [], ctx.root) : { files: [], diagnostics: [] };
  reply.result.diagnostics.push(...copies.diagnostics);
  const files: OutputBytes[] = [...reply.files, ...copies.files];
  const problem = await commitOutputs(file, files, ctx);
  if (problem) {
    reply.result.diagnostics.push(problem);
    return outcome;
  }
  outcome.written = files.map((f) => f.name);
  outcome.entry = { ...reply.entry, files: outcome.written };
  return outcome;
}

function changedDuringBuild(file: string, planned: string, now: string): Diagnostic {
  const message = `Unexpected id \`${now}\` of a document that changed during the build (its id was \`${planned}\` when the build began), expected the document unchanged; nothing of it was written`;
  return { file, line: 1, column: 1, severity: 'error', ruleId: 'build-write', source: 'io', message };
}

/**
 * Writes a set of outputs together; the diagnostic of what prevented it, or undefined.
 * @param file the document (or the collection file) the diagnostic is about.
 * @param files the outputs, named relative to the output folder.
 * @param ctx the output folder and the run's inputs.
 */
export async function commitOutputs(file: string, files: readonly OutputBytes[], ctx: Pick<BuildContext, 'out' | 'inputs'>): Promise<Diagnostic | undefined> {
  try {
    const pending = [];
    for (const f of files) pending.push({ path: await outputPath(ctx.out, f.name, ctx.inputs), content: f.content });
    await commitFiles(pending);
    return undefined;
  } catch (err) {
    const ruleId = err instanceof OutputIsInputError ? 'output-is-input' : 'build-write';
    const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
    return { file, line: 1, column: 1, severity: 'error', ruleId, source: 'io', message };
  }
}
