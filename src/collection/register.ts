/**
 * The collection's register (`register.xml` beside the documents; schemas/register.rng): found once
 * per run, read through the same gate as every document (bounded read, saxes, RELAX NG in the same
 * pass, then the register rules on its SaxonJS tree), and never built as a document. Its tree goes
 * to the rules and the stylesheets as a parameter; its hash is part of each document's cache entry.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { SaxonNode } from 'saxon-js';
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { loadDocument } from '../pipeline/load.js';
import { contentHash } from '../pipeline/manifest.js';
import { type ParsedDocument, parse } from '../pipeline/parse.js';
import { loadGrammar, relaxNgObserver } from '../pipeline/validate-relaxng.js';
import { loadRules, runRules } from '../pipeline/validate-schematron.js';
import { locateFindings } from '../schematron/findings.js';
import { PACKAGE_ROOT } from '../targets/html-assets.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { saxonDocument } from '../xml/saxon.js';
import { manifestKey, relativeHref } from './keys.js';
import { registerIdsUsed } from './model.js';
import { type RegisterFacts, registerFacts } from './stylesheet.js';

/** The register's file name. */
export const REGISTER_NAME = 'register.xml';

/** What crosses to worker threads: where the register is, which version was checked, and its text. */
export interface RegisterRef {
  file: string;
  key: string;
  hash: string;
  /** The decoded text the run read (workers parse it through the gate once, without reading the file again). */
  text?: string;
}

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
 * Whether a path is the register (by name): it is never built or validated as a document.
 * @param file a path.
 */
export function isRegister(file: string): boolean {
  return file.split(/[\\/]/).pop() === REGISTER_NAME;
}

/**
 * Finds the register of a run: the one given, else `register.xml` in the folder of the first path
 * (a folder, or a file's folder) or in a folder above it up to the current folder.
 * @param paths the run's files or folders.
 * @param explicit a register named by the caller.
 */
export function findRegister(paths: readonly string[], explicit?: string): string | undefined {
  if (explicit) return explicit;
  const first = paths[0];
  if (first === undefined || !existsSync(first)) return undefined;
  let dir = resolve(statSync(first).isDirectory() ? first : dirname(first));
  const cwd = resolve('.');
  const inside = (d: string) => !relative(cwd, d).startsWith('..') && !isAbsolute(relative(cwd, d));
  for (;;) {
    if (existsSync(join(dir, REGISTER_NAME))) {
      const rel = relative(cwd, join(dir, REGISTER_NAME));
      return inside(dir) ? rel || REGISTER_NAME : join(dir, REGISTER_NAME);
    }
    if (!inside(dir) || dir === cwd || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
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

const trees = new Map<string, Promise<SaxonNode | undefined>>();

/**
 * The register's tree in this thread: the text the run read (else the file, when its hash still
 * matches), through the gate, once per thread.
 * @param ref which register, and the hash of the version the run checked.
 * @param limits bounds on untrusted input.
 */
export function registerTree(ref: RegisterRef, limits: Partial<XmlLimits> = {}): Promise<SaxonNode | undefined> {
  const id = `${ref.key}\0${ref.hash}`;
  let t = trees.get(id);
  if (!t) {
    t = (async () => {
      const bounds = resolveLimits(limits);
      let text = ref.text;
      if (text === undefined) {
        const loaded = await loadDocument(ref.file, bounds);
        if ('diagnostic' in loaded || contentHash(loaded.bytes) !== ref.hash) return undefined;
        text = loaded.text;
      }
      const parsed = parse(ref.file, text, [], bounds);
      return parsed.ok ? saxonDocument(parsed.text) : undefined;
    })();
    trees.set(id, t);
  }
  return t;
}

/**
 * How a document names the register: the relative URI from its folder (`register.xml`,
 * `../register.xml`), which its pointers into the register begin with.
 * @param ref the register.
 * @param file the document's path.
 */
export function registerHref(ref: RegisterRef, file: string): string {
  return relativeHref(manifestKey(file), ref.key);
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
