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

/** The register's file name. */
export const REGISTER_NAME = 'register.xml';

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
