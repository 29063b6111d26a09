/**
 * RELAX NG validation with salve-annos, fed by the saxes gate's events: the document is parsed
 * once (issue 3, "What is checked", step 2). The bundled schema is converted at install time; a
 * user's schema (`--schema ../shared/tei/tei_all.rng`) on first use, then read from the cache.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Grammar as SalveGrammar } from 'salve-annos';
import { BUNDLED_GRAMMAR, BUNDLED_SCHEMA, convertSchema, salveModule, schemaSources } from './schema.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { cached } from '../../io/cache.js';
import type { ParseObserver } from '../../xml/document.js';
import { relaxNgWalk } from './walk.js';

/** A converted RELAX NG grammar, ready to validate. */
export interface Grammar {
  /** The schema it was converted from. */
  path: string;
  /** salve's grammar. */
  pattern: SalveGrammar;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Loads a grammar: the bundled one converted at install time, or a user's schema converted on
 * first use and cached by content hash (of the schema and every file it includes, with the
 * toolkit's version).
 * @param schemaPath a `.rng` file; default the bundled `schemas/edition.rng`.
 * @throws Error with a one-line message when the schema cannot be read or converted.
 */
export async function loadGrammar(schemaPath?: string): Promise<Grammar> {
  if (schemaPath === undefined) {
    const bundled = join(ROOT, BUNDLED_SCHEMA);
    // A checkout that was not built, or whose schema was edited since, converts (and caches) the
    // schema itself.
    const json = (await bundledIsCurrent()) ? await readFile(join(ROOT, BUNDLED_GRAMMAR), 'utf8') : undefined;
    return json ? { path: bundled, pattern: salveModule().readTreeFromJSON(json) } : loadUserGrammar(bundled);
  }
  return loadUserGrammar(schemaPath);
}

/** Whether the install-time grammar exists and is newer than every file of the bundled schema. */
async function bundledIsCurrent(): Promise<boolean> {
  try {
    const built = (await stat(join(ROOT, BUNDLED_GRAMMAR))).mtimeMs;
    const dir = join(ROOT, 'schemas/edition');
    const modules = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.rng')).map((f) => join(dir, f));
    const times = await Promise.all([join(ROOT, BUNDLED_SCHEMA), ...modules].map(async (f) => (await stat(f)).mtimeMs));
    return times.every((t) => t <= built);
  } catch {
    return false;
  }
}

async function loadUserGrammar(schemaPath: string): Promise<Grammar> {
  const sources = await schemaSources(schemaPath).catch((err: NodeJS.ErrnoException) => {
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a folder' : err.message;
    throw new Error(`cannot read the RELAX NG schema ${schemaPath}${err.path && resolve(err.path) !== resolve(schemaPath) ? ` (${err.path})` : ''}: ${why}`);
  });
  const key = [`teikit ${await toolkitVersion()}`, `salve ${salveModule().version}`, ...sources.flatMap((s) => [s.path, s.text])].join('\0');
  const json = await cached('relaxng', key, () => convertSchema(schemaPath));
  try {
    return { path: resolve(schemaPath), pattern: salveModule().readTreeFromJSON(json) };
  } catch {
    // A damaged cache entry: convert again (the cache is only ever a shortcut).
    return { path: resolve(schemaPath), pattern: salveModule().readTreeFromJSON(await convertSchema(schemaPath)) };
  }
}

let version: Promise<string> | undefined;

/** The toolkit's version, part of every cache key. */
function toolkitVersion(): Promise<string> {
  version ??= readFile(join(ROOT, 'package.json'), 'utf8').then((t) => String(JSON.parse(t).version));
  return version;
}

/**
 * An observer that validates the parse events against the grammar.
 * @param grammar from `loadGrammar`.
 * @param file the path to report.
 * @param sink where diagnostics go.
 */
export function relaxNgObserver(grammar: Grammar, file: string, sink: Diagnostic[]): ParseObserver {
  return relaxNgWalk(grammar.pattern, (ruleId, message, at) => {
    sink.push({ file, line: at.line, column: at.column, severity: 'error', ruleId, source: 'relaxng', message });
  });
}
