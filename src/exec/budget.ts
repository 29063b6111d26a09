/**
 * The time budget of one document (`TEIKIT_MAX_SECONDS`, default 600): a transform or a rule that
 * runs longer is stopped (its worker thread is ended, SaxonJS being synchronous) and the document
 * gets a `time-budget` diagnostic; the run goes on with the next one. The clock starts when a
 * worker starts the document, after the schema and rules are loaded.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The default budget, in seconds. */
export const DEFAULT_MAX_SECONDS = 600;

/**
 * The budget from `TEIKIT_MAX_SECONDS`, or the default.
 * @param override an explicit budget (the library's option), in seconds.
 * @throws Error when the variable is set to anything but a whole number above zero.
 */
export function maxSeconds(override?: number): number {
  if (override !== undefined) return override;
  const v = process.env.TEIKIT_MAX_SECONDS?.trim();
  if (!v) return DEFAULT_MAX_SECONDS;
  if (!/^\d+$/.test(v) || Number(v) === 0) throw new Error(`Unexpected TEIKIT_MAX_SECONDS \`${v}\`, expected a whole number of seconds above 0`);
  return Number(v);
}

/**
 * The diagnostic of a document stopped by the budget.
 * @param file the document.
 * @param seconds the budget it ran out of.
 */
export function budgetDiagnostic(file: string, seconds: number): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: 'time-budget',
    source: 'io',
    message: `Unexpected work of more than ${seconds} s on this document (a transform or a rule that does not end?), expected at most ${seconds} s (raise the budget with TEIKIT_MAX_SECONDS)`,
  };
}
