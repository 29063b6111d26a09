/**
 * The last step of checking a document: one finding per mistake (see merge-findings.ts), then the
 * configured rule severities (config/severity.ts). Runs where the document was checked, before
 * `build` decides whether it has errors, so a rule turned down to `warning` lets it build.
 */
import { applySeverity, type SeveritySettings } from '../config/severity.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { mergeFindings } from './merge-findings.js';

/**
 * A document's findings as they are reported.
 * @param file the document.
 * @param diagnostics what the checks found, sorted by position.
 * @param severities the configuration's severities, if any.
 */
export function settle(file: string, diagnostics: readonly Diagnostic[], severities?: SeveritySettings): Diagnostic[] {
  return applySeverity(file, mergeFindings(diagnostics), severities);
}
