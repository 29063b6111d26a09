/**
 * Converting RELAX NG schemas (XML syntax) for salve-annos, the pure-JS validator that agrees with
 * Jing on TEI All: the bundled `schemas/edition.rng` at install time, a user's schema on first use
 * (see `loadGrammar`). salve's own `salve-convert` command is broken; its library API converts:
 * parse and check the schema, simplify it (RELAX NG §4), and serialise the simplified grammar as
 * JSON, which `readTreeFromJSON` turns back into a grammar in a fraction of the conversion time.
 * Only `file:` URLs are read: an `include` or `externalRef` of any other URI is refused.
 */
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the bundled schema's converted grammar lives, relative to the package folder. */
export const BUNDLED_GRAMMAR = 'lib/schemas/edition.rng.json';

/** The bundled schema, relative to the package folder. */
export const BUNDLED_SCHEMA = 'schemas/edition.rng';

/** The serialisation format of salve's JSON grammars that this toolkit writes and reads. */
const FORMAT_VERSION = 3;

/** salve-annos is CommonJS and heavy: load it once, when first needed. */
type Salve = typeof import('salve-annos');
let salve: Salve | undefined;

/** The salve-annos module. */
export function salveModule(): Salve {
  if (!salve) {
    const require = createRequire(import.meta.url);
    salve = require('salve-annos') as Salve;
    loadIncludedText(require('salve-annos/lib/salve/conversion/schema-simplifiers/internal.js'));
  }
  return salve;
}

/** The part of salve's internal simplifier that parses one schema file. */
interface SimplifierModule {
  InternalSimplifier: {
    prototype: {
      parse(this: SimplifierSelf, url: URL, resource?: unknown, text?: string): Promise<unknown>;
    };
  };
}
interface SimplifierSelf {
  options: { resourceLoader: { load(url: URL): Promise<{ getText(): Promise<string> }> } };
}

/**
 * salve-annos 1.2.4 parses the files a schema includes (`include`, `externalRef`) without reading
 * them (its simplifier passes only the URL), so any modular schema fails to convert. This makes
 * the parse step read a file it was not given, through salve's own resource loader.
 */
function loadIncludedText(mod: SimplifierModule): void {
  const proto = mod.InternalSimplifier.prototype;
  const parse = proto.parse;
  proto.parse = async function (this: SimplifierSelf, url: URL, resource?: unknown, text?: string) {
    if (text === undefined) {
      const loaded = await this.options.resourceLoader.load(url);
      return parse.call(this, url, loaded, await loaded.getText());
    }
    return parse.call(this, url, resource, text);
  };
}

/**
 * Converts a RELAX NG schema (and whatever it includes) to salve's JSON grammar.
 * @param schemaPath the `.rng` file.
 * @throws Error with a one-line message naming the schema when it cannot be read or is not a
 *   valid RELAX NG schema.
 */
export async function convertSchema(schemaPath: string): Promise<string> {
  const path = resolve(schemaPath);
  try {
    const s = salveModule();
    const files = s.makeResourceLoader();
    const resourceLoader = { load: (url: URL) => (url.protocol === 'file:' ? files.load(url) : Promise.reject(new Error(refusal(url)))) };
    const options = { createManifest: false, manifestHashAlgorithm: 'SHA-1', resourceLoader, idCheck: true };
    const result = await s.convertRNGToPattern(pathToFileURL(path), options);
    return s.writeTreeToJSON(result.simplified, FORMAT_VERSION);
  } catch (err) {
    throw new Error(`cannot use the RELAX NG schema ${schemaPath}: ${reason(err)}`);
  }
}

/**
 * Why a schema part is not read: a user's schema never reaches the network (`http:`, `https:`,
 * `ftp:`), nor takes text from anything but a file (`data:`, …).
 * @param url what an `include` or `externalRef` names.
 */
function refusal(url: URL): string {
  const shown = url.href.length > 80 ? `${url.href.slice(0, 79)}…` : url.href;
  return `Unexpected \`include\` or \`externalRef\` of \`${shown}\`, expected a local file (a schema is never fetched from the network)`;
}

/** The one-line reason of a conversion failure. */
function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'it is a folder';
  const message = err instanceof Error ? err.message : String(err);
  // salve prefixes parse errors with the file's URL, which the caller already names.
  const text = message.replace(/^file:\/\/\S*?:(\d+:\d+:)?\s*/, '');
  return text.split('\n').filter((l) => l.trim()).slice(0, 3).join(' ').trim() || 'unknown error';
}

/**
 * The files a schema is made of: itself and, recursively, what it includes (`include` and
 * `externalRef`), with their contents, so that a cache key changes when any of them changes.
 * @param schemaPath the `.rng` file.
 */
export async function schemaSources(schemaPath: string): Promise<{ path: string; text: string }[]> {
  const seen = new Map<string, string>();
  const visit = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    const text = await readFile(path, 'utf8');
    seen.set(path, text);
    for (const m of text.matchAll(/<(?:[\w.-]+:)?(?:include|externalRef)\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1/g)) {
      const href = m[2];
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // not a local file: the converter reports it
      await visit(resolve(dirname(path), decodeURI(href)));
    }
  };
  await visit(resolve(schemaPath));
  return [...seen].map(([path, text]) => ({ path, text }));
}

/**
 * The install-time step: converts `schemas/edition.rng` to `lib/schemas/edition.rng.json`.
 * @param root the package folder.
 */
export async function convertBundledSchema(root: string): Promise<void> {
  const json = await convertSchema(join(root, BUNDLED_SCHEMA));
  const out = join(root, BUNDLED_GRAMMAR);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, json);
}
