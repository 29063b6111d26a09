/**
 * Schematron: `schemas/edition.sch` compiled to XSLT 3.0 by teikit's own compiler and run on
 * SaxonJS. (Filled in by the Schematron work; this placeholder finds nothing.)
 */
import type { SaxonNode } from 'saxon-js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from './parse.js';

/** Compiled rules, ready to run. */
export interface CompiledRules {
  path: string;
}

/**
 * Loads the rules: the bundled compiled SEF, or a user's `.sch` compiled on first use.
 * @param rulesPath a `.sch` file; default the bundled `schemas/edition.sch`.
 */
export async function loadRules(rulesPath?: string): Promise<CompiledRules> {
  return { path: rulesPath ?? 'schemas/edition.sch' };
}

/**
 * Runs the rules on one document.
 * @param rules from `loadRules`.
 * @param doc the parsed document (positions map failed nodes back to lines).
 * @param tree the SaxonJS tree of the same document.
 */
export async function validateSchematron(rules: CompiledRules, doc: ParsedDocument, tree: SaxonNode): Promise<Diagnostic[]> {
  void rules; void doc; void tree;
  return [];
}
