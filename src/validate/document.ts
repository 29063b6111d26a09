/**
 * Composes the checks for one document: parse (well-formedness + RELAX NG in one saxes pass, or
 * RELAX NG in a helper thread fed by that pass) → SaxonJS tree → Schematron. SaxonJS sees the
 * text only after the gate has accepted it, and the tree it builds is the one the targets render
 * (so SaxonJS parses each document once). A fatal diagnostic skips the later steps; every
 * document gets a result.
 */
import type { MessagePort } from 'node:worker_threads';
import type { SaxonNode } from 'saxon-js';
import { type Diagnostic, type FileResult, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { locateFindings } from './schematron/findings.js';
import type { SeveritySettings } from '../config/severity.js';
import { type XmlLimits, resolveLimits } from '../xml/limits.js';
import { saxonDocument } from '../saxon/load.js';
import type { ParsedDocument } from '../xml/document.js';
import { parse } from '../xml/parse.js';
import { type Grammar, loadGrammar, relaxNgObserver } from './relaxng/validate.js';
import { remoteRelaxNg } from './relaxng/remote.js';
import { type CompiledRules, loadRules, runRules } from './schematron/validate.js';
import { type RegisterRef, registerTree } from './register.js';
import { registerRuleParams } from './rule-params.js';

/** What the checks need; loaded once per thread. */
export interface ValidateOptions {
  /** RELAX NG schema; default the bundled one. */
  schema?: string;
  /** A user's ISO Schematron rules, run after the bundled ones. */
  rules?: string | readonly string[];
  /** False leaves the bundled rules out. Default true. */
  bundledRules?: boolean;
  /** Rule severities from the configuration, applied to each document's findings. */
  severities?: SeveritySettings;
  /** Bounds on untrusted input. */
  limits?: Partial<XmlLimits>;
  /** The collection's register, checked once by the run (src/build/register.ts). */
  register?: RegisterRef;
}

/** The loaded schema and rules, shared by every document a thread checks. */
export interface Checkers {
  grammar: Grammar;
  rules: CompiledRules;
  limits: XmlLimits;
  /**
   * Which roots the gate accepts: `TEI` for the bundled schema (the edition's documents); any
   * element of the TEI namespace with a user's schema, which then says what it allows
   * (`teiCorpus` with TEI All, say).
   */
  root: 'tei' | 'tei-namespace';
  /** The register's tree, read once per thread through the gate, when the run has one. */
  register?: { ref: RegisterRef; tree: SaxonNode };
}

/** One document after validation, with what the transform step reuses. */
export interface ValidatedDocument {
  result: FileResult;
  parsed?: ParsedDocument;
  /** The SaxonJS tree, when the gate accepted the document. */
  tree?: SaxonNode;
}

/**
 * Loads the schema and rules once.
 * @param options schema and rules paths, limits.
 */
export async function loadCheckers(options: ValidateOptions = {}): Promise<Checkers> {
  const [grammar, rules] = await Promise.all([loadGrammar(options.schema), loadRules(options.rules, options.bundledRules)]);
  const tree = options.register ? await registerTree(options.register, options.limits) : undefined;
  return { grammar, rules, limits: resolveLimits(options.limits), root: options.schema ? 'tei-namespace' : 'tei', ...(tree && options.register ? { register: { ref: options.register, tree } } : {}) };
}

/**
 * Validates one decoded document.
 * @param file the path to report.
 * @param text the decoded text.
 * @param checkers from `loadCheckers`.
 * @param helper a channel to a RELAX NG helper thread (relaxng/remote.ts): the gate's events go
 *   there instead of to a validator in this thread, which meanwhile builds the tree and runs the rules.
 */
export async function validateText(file: string, text: string, checkers: Checkers, helper?: MessagePort): Promise<ValidatedDocument> {
  const diagnostics: Diagnostic[] = [];
  const remote = helper ? remoteRelaxNg(helper) : undefined;
  const parsed = parse(file, text, [remote?.observer ?? relaxNgObserver(checkers.grammar, file, diagnostics)], checkers.limits, { root: checkers.root });
  if (!parsed.ok) {
    remote?.abort();
    return { result: { file, diagnostics: parsed.diagnostics }, parsed };
  }
  diagnostics.push(...parsed.diagnostics);
  const tree = await saxonDocument(parsed.text);
  diagnostics.push(...locateFindings(runRules(checkers.rules, file, tree, registerRuleParams(checkers.register, file)), parsed));
  if (remote) diagnostics.push(...(await remote.findings()));
  return { result: { file, diagnostics: sortDiagnostics(diagnostics) }, parsed, tree };
}
