import type { Reporter } from './types.js';

/** `--format json`: a JSON array of every diagnostic, and nothing else. */
export const json: Reporter = (results) =>
  `${JSON.stringify(results.flatMap((r) => r.diagnostics), null, 2)}\n`;
