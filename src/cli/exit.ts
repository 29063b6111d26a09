/**
 * Exit codes, the same for every command: 0 clean; 1 the input is at fault (errors, or more
 * warnings than `--max-warnings`); 2 the command could not do its work: a bad option, a schema or
 * rules that cannot be loaded, or a document that could not be read, transformed or written in
 * time (an `io` error, such as `io-read`, `build-write`, `build-target` or `time-budget`). The
 * report is complete either way.
 */
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';

/**
 * Whether a diagnostic says the command could not do its work on a document (rather than that
 * the document is wrong).
 * @param d a diagnostic.
 */
export function isRunFailure(d: Diagnostic): boolean {
  return d.severity === 'error' && d.source === 'io' && !INPUT_AT_FAULT.has(d.ruleId);
}

/** `io` errors that are the input's fault: ids of the collection that clash (docs/rules.md, "Build checks"). */
const INPUT_AT_FAULT = new Set(['build-duplicate-id', 'build-id-case', 'build-reserved-id']);

/**
 * How many documents the command could not do its work on.
 * @param results one entry per document.
 */
export function failedDocuments(results: readonly FileResult[]): number {
  return results.filter((r) => r.diagnostics.some(isRunFailure)).length;
}
