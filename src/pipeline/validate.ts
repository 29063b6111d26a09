/**
 * Composes the checks for each file: load → parse (well-formedness + RELAX NG in one pass) →
 * Schematron. A fatal diagnostic skips the later steps of that file; every file gets a result.
 * When the caller does not need the SaxonJS tree, a large document's Schematron half runs in a
 * helper thread at the same time as the parse (schematron-offload.ts).
 */
import type { SaxonNode } from 'saxon-js';
import { type Diagnostic, type FileResult, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { type XmlLimits, resolveLimits } from '../xml/limits.js';
import { saxonDocument } from '../xml/saxon.js';
import { loadDocument } from './load.js';
import { type ParsedDocument, parse } from './parse.js';
import { type Grammar, loadGrammar, relaxNgObserver } from './validate-relaxng.js';
import { locateFindings } from '../schematron/findings.js';
import { offloadRules, shouldOffload } from './schematron-offload.js';
import { type CompiledRules, loadRules, runRules } from './validate-schematron.js';
import { type RegisterRef, registerTree } from '../collection/register.js';
import { registerRuleParams } from '../collection/rule-params.js';

/** What the checks need; loaded once per process. */
export interface ValidateOptions {
  /** RELAX NG schema; default the bundled one. */
  schema?: string;
  /** ISO Schematron rules; default the bundled ones. */
  rules?: string;
  /** Bounds on untrusted input. */
  limits?: Partial<XmlLimits>;
  /** The collection's register, checked once by the run (src/collection/register.ts). */
  register?: RegisterRef;
}

/** The loaded schema and rules, shared by every file of a run. */
export interface Checkers {
  grammar: Grammar;
  rules: CompiledRules;
  limits: XmlLimits;
  /** The register's tree, when the run has one. */
  register?: { ref: RegisterRef; tree: SaxonNode };
}

/** One document after validation, with what the transform step reuses. */
export interface ValidatedDocument {
  result: FileResult;
  parsed?: ParsedDocument;
  tree?: SaxonNode;
}

/**
 * Loads the schema and rules once.
 * @param options schema and rules paths, limits.
 */
export async function loadCheckers(options: ValidateOptions = {}): Promise<Checkers> {
  const [grammar, rules] = await Promise.all([loadGrammar(options.schema), loadRules(options.rules)]);
  const tree = options.register ? await registerTree(options.register, options.limits) : undefined;
  return { grammar, rules, limits: resolveLimits(options.limits), ...(tree && options.register ? { register: { ref: options.register, tree } } : {}) };
}

/** How one document is validated. */
export interface ValidateDocumentOptions {
  /**
   * Whether the caller uses the SaxonJS tree afterwards (default true). Without it, a large
   * document's Schematron check may run in a helper thread and no tree is returned.
   */
  tree?: boolean;
}

/**
 * Validates one document.
 * @param file the path.
 * @param checkers from `loadCheckers`.
 * @param options whether the tree is needed afterwards.
 */
export async function validateDocument(file: string, checkers: Checkers, options: ValidateDocumentOptions = {}): Promise<ValidatedDocument> {
  const loaded = await loadDocument(file, checkers.limits);
  if ('diagnostic' in loaded) return { result: { file, diagnostics: [loaded.diagnostic] } };
  // The helper thread has no register: with one, the rules run here.
  const offloaded = options.tree === false && !checkers.register && shouldOffload(loaded.text) ? offloadRules(file, loaded.text, checkers.rules) : undefined;
  const diagnostics: Diagnostic[] = [];
  const parsed = parse(file, loaded.text, [relaxNgObserver(checkers.grammar, file, diagnostics)], checkers.limits);
  if (!parsed.ok) {
    offloaded?.cancel();
    return { result: { file, diagnostics: parsed.diagnostics }, parsed };
  }
  diagnostics.push(...parsed.diagnostics);
  const outcome = await offloaded?.outcome;
  if (outcome) {
    diagnostics.push(...locateFindings(outcome, parsed));
    return { result: { file, diagnostics: sortDiagnostics(diagnostics) }, parsed };
  }
  const tree = await saxonDocument(parsed.text);
  diagnostics.push(...locateFindings(runRules(checkers.rules, file, tree, registerRuleParams(checkers.register, file)), parsed));
  return { result: { file, diagnostics: sortDiagnostics(diagnostics) }, parsed, tree };
}
