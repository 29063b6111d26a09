/**
 * What the RELAX NG tests share: the documents to check (discovered, never listed by hand), Jing
 * as the reference validator, and salve run through the same parse as `teikit validate`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parse } from '../../src/xml/parse.js';
import { type Grammar, relaxNgObserver } from '../../src/validate/relaxng/validate.js';
import { ROOT, SHARED } from '../helpers/cli.js';

/** The project's schema and TEI All. */
export const EDITION_RNG = join(ROOT, 'schemas/edition.rng');
export const TEI_ALL = join(SHARED, 'tei/tei_all.rng');
export const HAVE_SHARED = existsSync(TEI_ALL);

/** Whether Jing runs here (Debian package `jing`). */
export const HAVE_JING = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;

const xmlIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(dir, f)) : [];

/** The edition, every valid fixture of every engineer, and this suite's own valid fixtures. */
export function validDocuments(): string[] {
  const fixtures = join(ROOT, 'tests/fixtures/valid');
  const cases = existsSync(fixtures) ? readdirSync(fixtures).sort().flatMap((c) => xmlIn(join(fixtures, c))) : [];
  // The collection's register has its own schema (schemas/register.rng; tests/collection/register.test.ts).
  const edition = xmlIn(join(ROOT, 'edition')).filter((f) => !f.endsWith('/register.xml'));
  return [...edition, ...cases, ...xmlIn(join(ROOT, 'tests/relaxng/valid'))];
}

/** This suite's invalid-markup fixtures, each with `<name>.expected.json` beside it. */
export function invalidDocuments(): string[] {
  return xmlIn(join(ROOT, 'tests/relaxng/invalid'));
}

/** A short name for test titles. */
export const label = (file: string): string => file.slice(ROOT.length);

/**
 * Runs Jing once on many files and returns the error lines of each (empty: valid).
 * @param schema the `.rng` file.
 * @param files the documents.
 */
export function jing(schema: string, files: string[]): Map<string, string[]> {
  const r = spawnSync('jing', [schema, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const errors = new Map(files.map((f) => [f, [] as string[]]));
  for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
    const file = files.find((f) => line.startsWith(`${f}:`));
    if (file && / error: /.test(line)) errors.get(file)!.push(line.slice(file.length + 1));
  }
  return errors;
}

/** A RELAX NG finding without the file name, as the expected files hold it. */
export type Finding = Pick<Diagnostic, 'line' | 'column' | 'ruleId' | 'message'>;

/**
 * Validates a document with salve, fed by the parse gate exactly as `teikit validate` does.
 * @param grammar from `loadGrammar`.
 * @param file the document.
 */
export function salveFindings(grammar: Grammar, file: string): Finding[] {
  const sink: Diagnostic[] = [];
  const parsed = parse(basename(file), readFileSync(file, 'utf8'), [relaxNgObserver(grammar, basename(file), sink)]);
  if (!parsed.ok) throw new Error(`${file} is not well-formed: ${parsed.diagnostics[0]?.message}`);
  for (const d of sink) {
    if (d.source !== 'relaxng' || d.severity !== 'error') throw new Error(`unexpected diagnostic shape ${JSON.stringify(d)}`);
  }
  return sink.map(({ line, column, ruleId, message }) => ({ line, column, ruleId, message }));
}
