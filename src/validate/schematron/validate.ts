/**
 * Schematron (docs/encoding.md §10): the rules compiled by teikit's ISO Schematron → XSLT 3.0 compiler
 * and run on SaxonJS over the tree that the other stages share. Each failed assert or successful
 * report comes back as an `ed:diagnostic` element with the pattern id, severity and `path()` of
 * the node, which the gate's position index turns into line:column (src/validate/schematron/findings.ts).
 */
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { SaxonNode } from 'saxon-js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { BUNDLED_RULES_SEF } from './bundled.js';
import { COMPILER_SEF, PACKAGE_ROOT, schematronToSef } from './compile.js';
import { failureMessage, locateFindings, readFindings, type RuleOutcome } from './findings.js';
import { nodeIndex } from './node-index.js';
import { valueOwners } from './value-owners.js';
import { refuseBundledIds } from './pattern-ids.js';
import { cached } from '../../io/cache.js';
import { DIAGNOSTIC_NS } from '../../saxon/run-stylesheet.js';
import { saxonJs } from '../../saxon/load.js';
import type { ParsedDocument } from '../../xml/document.js';

/** Compiled rules, ready to run. */
export interface CompiledRules {
  /** The `.sch` the rules came from. */
  path: string;
  /** The compiled stylesheet (SEF). */
  sef: object;
  /** Set on the bundled rules: they take parameters found in a walk of the tree (value-owners.ts). */
  bundled?: boolean;
  /** Further rule sets run after this one (a user's `--rules` beside the bundled rules). */
  more?: RuleSet[];
  /** Set when no rules run at all (`--no-bundled-rules` without `--rules`). */
  none?: boolean;
  /** What `loadRules` was given (a worker thread loads the same rules from it); unset for the bundled rules. */
  source?: RulesSource;
}

/** One compiled rule set. */
type RuleSet = Pick<CompiledRules, 'path' | 'sef' | 'bundled'>;

/** Which rules a run uses, as plain data. */
export interface RulesSource {
  files: string[];
  bundled: boolean;
}

/**
 * Loads the rules of a run: the bundled rules (unless left out) and then each user's `.sch`.
 * A user's pattern id equal to a bundled one is refused: its findings could not be told apart.
 * @param rules a user's `.sch` file or files, added to the bundled rules.
 * @param bundled false leaves the bundled rules out.
 * @throws Error with a clear message when rules cannot be read or compiled, or ids collide.
 */
export async function loadRules(rules?: string | readonly string[], bundled = true): Promise<CompiledRules> {
  const files = rules === undefined ? [] : typeof rules === 'string' ? [rules] : [...rules];
  if (!files.length) return bundled ? loadRuleSet() : { path: '', sef: {}, none: true, source: { files, bundled } };
  const sets = await Promise.all([...(bundled ? [loadRuleSet()] : []), ...files.map((f) => loadRuleSet(f))]);
  if (bundled) await refuseBundledIds(files);
  const [first, ...more] = sets;
  return { path: first.path, sef: first.sef, ...(first.bundled ? { bundled: true } : {}), ...(more.length ? { more: more.map(({ path, sef }) => ({ path, sef })) } : {}), source: { files, bundled } };
}

/**
 * Loads one rule set: the bundled compiled SEF, or a user's `.sch` compiled on first use and cached
 * by content (with the compiler's own content, so a new compiler recompiles).
 * @param rulesPath a `.sch` file; default the bundled `schemas/edition.sch`.
 */
async function loadRuleSet(rulesPath?: string): Promise<CompiledRules> {
  if (!rulesPath) {
    const sef = join(PACKAGE_ROOT, BUNDLED_RULES_SEF);
    const text = await readFile(sef, 'utf8').catch(() => {
      throw new Error(`Could not read the compiled rules \`${sef}\`: run \`npm run build\``);
    });
    return { path: join(PACKAGE_ROOT, 'schemas/edition.sch'), sef: JSON.parse(text) as object, bundled: true };
  }
  const path = resolve(rulesPath);
  const schText = await readFile(path, 'utf8').catch((err: Error) => {
    throw new Error(`Could not read the rules \`${rulesPath}\`: ${err.message}`);
  });
  const compiler = await readFile(COMPILER_SEF, 'utf8');
  const sef = await cached('schematron', `${compiler}\n${schText}`, () => schematronToSef(schText, rulesPath));
  return { path, sef: JSON.parse(sef) as object };
}

/**
 * Runs the rules on one document's SaxonJS tree; the findings carry paths, not yet positions.
 * @param rules from `loadRules`.
 * @param file the document's path (its base name is the expected `TEI/@xml:id`).
 * @param tree the SaxonJS tree of the document.
 * @param params further parameters of the rules (the collection's register: src/validate/rule-params.ts).
 */
export function runRules(rules: CompiledRules, file: string, tree: SaxonNode, params: Record<string, unknown> = {}): RuleOutcome {
  if (rules.none) return { findings: [] };
  const findings = [];
  for (const set of [rules, ...(rules.more ?? [])]) {
    const outcome = runRuleSet(set, file, tree, params);
    if ('failure' in outcome) return outcome;
    findings.push(...outcome.findings);
  }
  return { findings };
}

function runRuleSet(rules: RuleSet, file: string, tree: SaxonNode, params: Record<string, unknown>): RuleOutcome {
  try {
    const index = nodeIndex(tree);
    const result = saxonJs().transform(
      {
        stylesheetInternal: rules.sef,
        // The tree goes in as a parameter, not as `sourceNode`: SaxonJS then skips a pass over the
        // whole document before the first rule (see xslt/schematron/emit.xsl).
        initialTemplate: 'Q{http://www.w3.org/1999/XSL/Transform}initial-template',
        destination: 'raw',
        stylesheetParams: {
          [`Q{${DIAGNOSTIC_NS}}document`]: tree,
          // The candidates of each pattern (xslt/schematron/candidates.xsl), indexed here in one walk.
          [`Q{${DIAGNOSTIC_NS}}elements`]: index.elements,
          [`Q{${DIAGNOSTIC_NS}}attribute-owners`]: index.owners,
          // docs/encoding.md §2, rule id-matches-file: the file's base name without `.xml`.
          'Q{}file-id': basename(file).replace(/\.xml$/i, ''),
          ...(rules.bundled ? valueOwners(tree) : {}),
          ...params,
        },
      },
      'sync',
    );
    return { findings: readFindings(result.principalResult) };
  } catch (err) {
    // A rule that fails at run time (a user's XPath dividing by zero) is reported, not thrown.
    return { failure: failureMessage(rules.path, err) };
  }
}

/**
 * Runs the rules on one document and gives diagnostics sorted by position.
 * @param rules from `loadRules`.
 * @param doc the parsed document (positions map failed nodes back to lines).
 * @param tree the SaxonJS tree of the same document.
 */
export async function validateSchematron(rules: CompiledRules, doc: ParsedDocument, tree: SaxonNode): Promise<Diagnostic[]> {
  return locateFindings(runRules(rules, doc.file, tree), doc);
}
