/**
 * `teikit validate`: options → library call → report → exit code (issue 3, Command).
 * Exit codes: 0 no errors; 1 errors, or more warnings than `--max-warnings`; 2 the command could
 * not run (a path that does not exist or cannot be read, a bad option, a broken schema).
 * `--quiet` only hides warnings and infos from the report: `--max-warnings` still counts them.
 */
import { type FileResult, totals } from '../diagnostics/diagnostic.js';
import { validate } from '../index.js';
import { getReporter } from '../reporters/index.js';
import { type CliIo, useColor } from './io.js';
import { failedDocuments } from './exit.js';
import { handleFailure, teikitLine } from './failure.js';
import { progressLine } from './progress.js';

/** Options of `teikit validate`, as commander parses them. */
export interface ValidateCliOptions {
  format: string;
  schema?: string;
  rules?: string;
  maxWarnings?: number;
  quiet?: boolean;
  shard?: string;
  jobs?: number;
  debug?: boolean;
}

/**
 * The results with errors only, for `--quiet`; every file keeps its entry.
 * @param results one entry per file.
 */
export function errorsOnly(results: readonly FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
}

/**
 * The exit code of a run, and the reason to tell on stderr when warnings alone fail it.
 * @param results every finding, before `--quiet`.
 * @param unreadable how many paths could not be read.
 * @param maxWarnings the `--max-warnings` bound, if given.
 */
export function exitStatus(results: readonly FileResult[], unreadable: number, maxWarnings?: number): { code: number; reason?: string } {
  if (unreadable) return { code: 2 };
  const t = totals(results);
  if (t.errors > 0) return { code: 1 };
  if (maxWarnings !== undefined && t.warnings > maxWarnings) {
    return { code: 1, reason: `${t.warnings} warnings, more than --max-warnings ${maxWarnings}` };
  }
  return { code: 0 };
}

/**
 * Runs `teikit validate`.
 * @param paths files or folders.
 * @param opts parsed options.
 * @param io output streams.
 */
export async function runValidate(paths: string[], opts: ValidateCliOptions, io: CliIo): Promise<number> {
  try {
    const reporter = getReporter(opts.format);
    const run = await validate(paths, { schema: opts.schema, rules: opts.rules, shard: opts.shard, jobs: opts.jobs, onProgress: progressLine() });
    io.out(reporter(opts.quiet ? errorsOnly(run.results) : run.results, { color: useColor() }));
    // A file that could not be read at all is the command's failure, not the input's.
    const unreadable = failedDocuments(run.results);
    const status = exitStatus(run.results, unreadable, opts.maxWarnings);
    if (status.reason) io.err(teikitLine(status.reason));
    return status.code;
  } catch (err) {
    return handleFailure(err, io, opts.debug);
  }
}
