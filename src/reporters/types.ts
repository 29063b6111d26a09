/**
 * The reporter contract: a plain function from the results of a run to the text printed on stdout
 * (issue 3, Diagnostics). Reporters never print, never exit and never read the documents.
 */
import type { FileResult } from '../diagnostics/diagnostic.js';

/** How a reporter may print. */
export interface ReporterOptions {
  /** Colour the output (stylish only); false when not a TTY or NO_COLOR is set. */
  color: boolean;
  /**
   * The folder paths are reported relative to (SARIF URIs, GitHub annotations);
   * default `process.cwd()`.
   */
  cwd?: string;
  /**
   * `--quiet`: the stylish report lists errors only, and its summary says how many warnings it
   * hid (other formats are given the errors only).
   */
  quiet?: boolean;
  /** Where the rule documentation is published: `docs/rules.md#id` resolves against it (SARIF `helpUri`). */
  docsUrl?: string;
}

/** A reporter turns the results of a run into the text printed on stdout. */
export type Reporter = (results: readonly FileResult[], options: ReporterOptions) => string;
