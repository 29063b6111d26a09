/**
 * teikit's public API: validate and build TEI editions, transform one document. Every option has
 * the default the command line has.
 */
import type { FileResult } from './diagnostics/diagnostic.js';
import { type DocumentRunOptions, runDocuments } from './exec/run-documents.js';
import { selectFiles } from './io/select.js';
import type { ValidateOptions } from './validate/document.js';
import { findRegister, isRegister, loadRegister } from './build/register.js';

export type { Diagnostic, DiagnosticSource, FileResult, Severity } from './diagnostics/diagnostic.js';
export type { ValidateOptions } from './validate/document.js';
export type { DocumentRunOptions } from './exec/run-documents.js';
export type { XmlLimits } from './xml/limits.js';
export type { IndexEntry, TargetName, TransformOptions } from './targets/index.js';
export { TARGET_NAMES } from './targets/types.js';
export { build, type BuildOptions, type BuildRun } from './build/build.js';
export { watchBuild, type Watcher } from './build/watch.js';
export { transform, type TransformRequest } from './exec/transform-one.js';
export { getReporter, REPORTER_NAMES } from './reporters/index.js';

/** Options of a validation run over several files. */
export interface RunOptions extends ValidateOptions, DocumentRunOptions {
  /** `k/n`: only the k-th of n stable slices of the file list. */
  shard?: string;
  /** Progress callback (the CLI shows it on a TTY). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** The paths as the user named them, when `paths` is a selection of files (to find the register). */
  roots?: readonly string[];
}

/** The results of a run, one per file, and the paths that could not be read at all. */
export interface ValidateRun {
  results: FileResult[];
  unreadable: FileResult[];
}

/**
 * Validates every XML file under the given paths.
 * @param paths files or folders.
 * @param options schema, rules, shard, threads, time budget.
 */
export async function validate(paths: readonly string[], options: RunOptions = {}): Promise<ValidateRun> {
  const { files, unreadable } = await selectFiles(paths, options.shard);
  // The collection's register is checked by its own schema and rules, once, and handed to the
  // documents' rules; it is not validated as a document (src/build/register.ts).
  const registerFile = findRegister(options.roots ?? paths);
  const register = registerFile ? await loadRegister(registerFile, options.limits) : undefined;
  const ref = register?.tree ? { register: register.ref } : {};
  const config = { checks: true, schema: options.schema, rules: options.rules, bundledRules: options.bundledRules, severities: options.severities, limits: options.limits, ...ref };
  const results = await runDocuments(files.filter((f) => !isRegister(f)), config, options, options.onProgress, async (input, dispatch) =>
    input.diagnostic ? { file: input.file, diagnostics: [input.diagnostic] } : (await dispatch({ kind: 'validate' })).result,
  );
  const own = register ? [{ file: register.ref.file, diagnostics: register.diagnostics }] : [];
  return { results: [...unreadable, ...own, ...results], unreadable };
}
