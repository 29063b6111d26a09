import type { FileResult } from '../diagnostics/diagnostic.js';

/** How a reporter may print. */
export interface ReporterOptions {
  /** Colour the output (stylish only); false when not a TTY or NO_COLOR is set. */
  color: boolean;
}

/** A reporter turns the results of a run into the text printed on stdout. */
export type Reporter = (results: readonly FileResult[], options: ReporterOptions) => string;
