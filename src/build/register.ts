/**
 * The collection's register (`register.xml` beside the documents; schemas/register.rng): found once
 * per run, read through the same gate as every document (bounded read, saxes, RELAX NG in the same
 * pass, then the register rules on its SaxonJS tree), and never built as a document. Its tree goes
 * to the rules and the stylesheets as a parameter; its hash is part of each document's cache entry.
 */
import { join } from 'node:path';
import type { SaxonNode } from 'saxon-js';
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { loadDocument } from '../io/read.js';
import type { ParsedDocument } from '../xml/document.js';
import { parse } from '../xml/parse.js';
import { loadGrammar, relaxNgObserver } from '../validate/relaxng/validate.js';
import { loadRules, runRules } from '../validate/schematron/validate.js';
import { locateFindings } from '../validate/schematron/findings.js';
import { PACKAGE_ROOT } from '../targets/html-assets.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { saxonDocument } from '../saxon/load.js';
import { manifestKey } from '../io/keys.js';
import { contentHash } from '../io/hash.js';
import type { RegisterRef } from '../validate/register.js';
import type { RegisterFacts } from '../targets/collection-model.js';
import { registerFacts } from '../targets/collection-stylesheet.js';
import { registerIdsUsed } from '../targets/collection-model.js';


/** The register as read and checked once per run. */
export interface LoadedRegister {
  ref: RegisterRef;
  /** Its bytes, as read (copied to the output as `tei/register.xml`). */
  bytes?: Uint8Array;
  parsed?: ParsedDocument;
  tree?: SaxonNode;
  facts?: RegisterFacts;
  diagnostics: Diagnostic[];
}

/**
 * Reads and checks the register: schemas/register.rng in the gate's pass, then schemas/register.sch.
 * @param file its path.
 * @param limits bounds on untrusted input.
 */
export async function loadRegister(file: string, limits: Partial<XmlLimits> = {}): Promise<LoadedRegister> {
  const bounds = resolveLimits(limits);
  const loaded = await loadDocument(file, bounds);
  const key = manifestKey(file);
  if ('diagnostic' in loaded) return { ref: { file, key, hash: '' }, diagnostics: [loaded.diagnostic] };
  const ref = { file, key, hash: contentHash(loaded.bytes), text: loaded.text };
  const diagnostics: Diagnostic[] = [];
  const grammar = await loadGrammar(join(PACKAGE_ROOT, 'schemas/register.rng'));
  const parsed = parse(file, loaded.text, [relaxNgObserver(grammar, file, diagnostics)], bounds);
  if (!parsed.ok) return { ref, bytes: loaded.bytes, parsed, diagnostics: parsed.diagnostics };
  diagnostics.push(...parsed.diagnostics);
  const tree = await saxonDocument(parsed.text);
  const rules = await loadRules(join(PACKAGE_ROOT, 'schemas/register.sch'), false);
  diagnostics.push(...locateFindings(runRules(rules, file, tree), parsed));
  return { ref, bytes: loaded.bytes, parsed, tree, facts: registerFacts(tree), diagnostics: sortDiagnostics(diagnostics) };
}
/**
 * The `entity-unused` warning on a register entry that no document of the collection points to.
 * @param file the register's path.
 * @param entry the entry's id and XPath.
 * @param locate where an XPath stands in the register, when known.
 */
export function unusedEntryWarning(file: string, entry: { id: string; path: string }, locate?: (path: string) => { line: number; column: number }): Diagnostic {
  return {
    file, ...(locate?.(entry.path) ?? { line: 1, column: 1 }), severity: 'warning', ruleId: 'entity-unused', source: 'schematron',
    message: `Unexpected unused entry \`${entry.id}\` of the register, expected a pointer to it from some document of the collection`, xpath: entry.path,
  };
}

/**
 * The `entity-unused` warnings of a run that covers the collection (`validate`): the register's
 * entries that no document's pointers (header, standOff or text) name.
 * @param register the register as read.
 * @param uses each document's key and its pointers into other files (prefixes expanded).
 */
export function unusedEntryWarnings(register: LoadedRegister, uses: readonly { key: string; pointers: readonly string[] }[]): Diagnostic[] {
  if (!register.facts) return [];
  const used = registerIdsUsed(uses, register.ref.key);
  const locate = register.parsed ? (p: string) => register.parsed!.positions.locate(p) : undefined;
  return register.facts.entries.filter((e) => !used.has(e.id)).map((e) => unusedEntryWarning(register.ref.file, e, locate));
}
