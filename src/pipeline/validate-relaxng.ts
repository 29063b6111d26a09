/**
 * RELAX NG validation with salve-annos, fed by the saxes gate's events (one parse).
 * (Filled in by the RELAX NG work; this placeholder accepts everything.)
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParseObserver } from './parse.js';

/** A converted RELAX NG grammar, ready to validate. */
export interface Grammar {
  path: string;
}

/**
 * Loads a grammar: the bundled one converted at install time, or a user's schema converted on
 * first use and cached by content hash.
 * @param schemaPath a `.rng` file; default the bundled `schemas/edition.rng`.
 */
export async function loadGrammar(schemaPath?: string): Promise<Grammar> {
  return { path: schemaPath ?? 'schemas/edition.rng' };
}

/**
 * An observer that validates the parse events against the grammar.
 * @param grammar from `loadGrammar`.
 * @param file the path to report.
 * @param sink where diagnostics go.
 */
export function relaxNgObserver(grammar: Grammar, file: string, sink: Diagnostic[]): ParseObserver {
  void grammar; void file; void sink;
  return { startElement() {}, endElement() {}, text() {}, end() {} };
}
