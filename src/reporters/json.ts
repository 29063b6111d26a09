/**
 * `--format json`: a JSON array of every diagnostic, in the order of the run, and nothing else
 * (issue 3, Diagnostics). Keys come in the order of the `Diagnostic` type, whatever stage made the
 * object, so the output is stable to diff.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { jsonText } from './text.js';
import type { Reporter } from './types.js';

const KEYS: readonly (keyof Diagnostic)[] = [
  'file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'source', 'message', 'xpath', 'url', 'baselined',
];

/**
 * A copy of a diagnostic with its keys in the documented order and no undefined values.
 * @param d a diagnostic from any stage.
 */
export function orderedDiagnostic(d: Diagnostic): Diagnostic {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (d[k] !== undefined) out[k] = d[k];
  return out as unknown as Diagnostic;
}

/** `--format json`: a JSON array of every diagnostic, and nothing else. */
export const json: Reporter = (results) =>
  `${jsonText(JSON.stringify(results.flatMap((r) => r.diagnostics.map(orderedDiagnostic)), null, 2))}\n`;
