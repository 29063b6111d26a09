/**
 * Exit codes of a run: 0 no errors; 1 errors, or more warnings than `--max-warnings`; 2 the
 * command could not run (a path that cannot be read). Baselined findings count for neither.
 */
import { type FileResult, totals } from '../diagnostics/diagnostic.js';
import { failedDocuments } from './exit.js';

/**
 * The results with errors only (baselined ones left out), for `--quiet` in the machine formats;
 * every file keeps its entry.
 * @param results one entry per file.
 */
export function errorsOnly(results: readonly FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error' && !d.baselined) }));
}

/**
 * The exit code of a run, and the reason to tell on stderr when warnings alone fail it.
 * @param results every finding, before `--quiet`.
 * @param unreadable how many paths could not be read.
 * @param maxWarnings the `--max-warnings` bound, if given.
 */
export function exitStatus(results: readonly FileResult[], unreadable: number, maxWarnings?: number): { code: number; reason?: string } {
  // A document that could not be read, transformed or written in time is the command's failure.
  if (unreadable || failedDocuments(results)) return { code: 2 };
  const t = totals(results);
  if (t.errors > 0) return { code: 1 };
  if (maxWarnings !== undefined && t.warnings > maxWarnings) {
    return { code: 1, reason: `${t.warnings} warnings, more than --max-warnings ${maxWarnings}` };
  }
  return { code: 0 };
}
