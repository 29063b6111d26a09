/**
 * teikit's public API: validate and build TEI editions, transform one document.
 */
import type { FileResult } from './diagnostics/diagnostic.js';
import { selectFiles } from './pipeline/select.js';
import { runJobs } from './pipeline/pool.js';
import type { ValidateOptions } from './pipeline/validate.js';
import { findRegister, isRegister, loadRegister } from './collection/register.js';

export type { Diagnostic, DiagnosticSource, FileResult, Severity } from './diagnostics/diagnostic.js';
export type { ValidateOptions } from './pipeline/validate.js';
export { build, type BuildOptions, type BuildRun } from './pipeline/build.js';
export { watchBuild, type Watcher } from './pipeline/watch.js';
export { transform, type TransformRequest } from './pipeline/transform-one.js';
export { getReporter, REPORTER_NAMES } from './reporters/index.js';

/** Options of a validation run over several files. */
export interface RunOptions extends ValidateOptions {
  /** `k/n`: only the k-th of n stable slices of the file list. */
  shard?: string;
  /** Worker threads; default one per core. */
  jobs?: number;
  /** Progress callback (the CLI shows it on a TTY). */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** The results of a run, one per file, and the paths that could not be read at all. */
export interface ValidateRun {
  results: FileResult[];
  unreadable: FileResult[];
}

/**
 * Validates every XML file under the given paths.
 * @param paths files or folders.
 * @param options schema, rules, shard.
 */
export async function validate(paths: readonly string[], options: RunOptions = {}): Promise<ValidateRun> {
  const { files, unreadable } = await selectFiles(paths, options.shard);
  // The collection's register is checked by its own schema and rules, once, and handed to the
  // documents' rules; it is not validated as a document (src/collection/register.ts).
  const registerFile = findRegister(paths);
  const register = registerFile ? await loadRegister(registerFile, options.limits) : undefined;
  const ref = register?.tree ? { register: register.ref } : {};
  const outcomes = await runJobs(
    files.filter((f) => !isRegister(f)).map((file) => ({ file, options: { schema: options.schema, rules: options.rules, limits: options.limits, ...ref } })),
    { jobs: options.jobs, onDone: options.onProgress },
  );
  const results: FileResult[] = outcomes.map((o) => o.result);
  const own = register ? [{ file: register.ref.file, diagnostics: register.diagnostics }] : [];
  return { results: [...unreadable, ...own, ...results], unreadable };
}
