/**
 * teikit's public API: validate and build TEI editions, transform one document. Every option has
 * the default the command line has.
 */
import type { FileResult } from './diagnostics/diagnostic.js';
import { type DocumentRunOptions, runDocuments, runPool } from './exec/run-documents.js';
import { selectFiles } from './io/select.js';
import type { ValidateOptions } from './validate/document.js';
import { loadRegister, unusedEntryWarnings } from './build/register.js';
import { findRegister, isRegister } from './io/find-register.js';
import { coversRegister } from './build/plan.js';
import { manifestKey } from './io/keys.js';

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
  /** The collection's register, when it is not `register.xml` beside the documents (`--register`). */
  registerFile?: string;
  /** The documents were narrowed otherwise (`--changed`): the run does not cover the collection. */
  narrowed?: boolean;
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
  const roots = options.roots ?? paths;
  const registerFile = findRegister(roots, options.registerFile);
  const base = { checks: true, schema: options.schema, rules: options.rules, bundledRules: options.bundledRules, severities: options.severities, limits: options.limits };
  // The pool starts first, as a build's does: its worker loads SaxonJS, the schema and the rules
  // while this thread checks the register; each task then carries the register it names.
  const pool = runPool(base, options, files.length);
  if (files.some((f) => !isRegister(f) && f !== registerFile)) pool.get().catch(() => undefined);
  try {
    // The collection's register is checked by its own schema and rules, once, and handed to the
    // documents' rules; it is not validated as a document (src/build/register.ts).
    const register = registerFile ? await loadRegister(registerFile, options.limits) : undefined;
    const config = { ...base, ...(register?.tree ? { register: register.ref } : {}) };
    // A run over the whole collection also reports the register's entries no document uses, as build does.
    const covers = Boolean(register?.facts) && coversRegister(roots, registerFile, { shard: options.shard, narrowed: options.narrowed });
    const uses: { key: string; pointers: string[] }[] = [];
    const documents = files.filter((f) => !isRegister(f) && !(register && manifestKey(f) === register.ref.key));
    const results = await runDocuments(
      documents,
      config,
      options,
      options.onProgress,
      async (input, dispatch) => {
        if (input.diagnostic) return { file: input.file, diagnostics: [input.diagnostic] };
        const reply = await dispatch({ kind: 'validate', uses: covers });
        if (reply.uses) uses.push({ key: manifestKey(input.file), pointers: reply.uses });
        return reply.result;
      },
      pool,
    );
    const own = register ? [{ file: register.ref.file, diagnostics: [...register.diagnostics, ...(covers ? unusedEntryWarnings(register, uses) : [])] }] : [];
    return { results: [...unreadable, ...own, ...results], unreadable };
  } finally {
    await pool.close();
  }
}
