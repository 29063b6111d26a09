/**
 * Loads one large CommonJS file (SaxonJS, 2.4 MB of JavaScript) through a V8 code cache kept in
 * the user cache (src/io/cache.ts): V8 then neither parses the source nor compiles the functions that
 * earlier runs used, which takes a third of SaxonJS's start-up and much of the first transform's
 * warm-up. The cache is written once, after the module has done some work (so that it holds every
 * function compiled by then: `writeCodeCaches`, called when a run ends), under a name made from the
 * file's content, this Node's V8 version and architecture. A missing, stale or unwritable cache only costs speed: V8 rejects
 * data it did not make for this source and the module is compiled as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';
import { cacheDir } from '../io/cache.js';

/** How `requireWithCodeCache` loads a module. */
export interface CachedRequireOptions {
  /**
   * Dependencies the module requires at load time but uses only on rare paths, loaded on first
   * use instead (SaxonJS requires an HTTP client it needs only to fetch resources by URL).
   */
  lazy?: readonly string[];
}

/**
 * Requires a CommonJS package through a V8 code cache.
 * @param specifier the package, resolved from `from`.
 * @param from a file URL (`import.meta.url`) the package is resolved from.
 * @param options dependencies to load lazily.
 */
export function requireWithCodeCache(specifier: string, from: string, options: CachedRequireOptions = {}): unknown {
  const file = createRequire(from).resolve(specifier);
  const source = readFileSync(file, 'utf8');
  const key = createHash('sha256').update(`${process.versions.v8}\0${process.arch}\0${file}\0`).update(source).digest('hex');
  const path = join(cacheDir(), 'v8', `${key}.bin`);
  const cachedData = existsSync(path) ? readFileSync(path) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) pending.set(path, script);
  const module = { exports: {} as unknown };
  const load = script.runInThisContext() as (e: unknown, r: NodeRequire, m: { exports: unknown }, f: string, d: string) => void;
  load.call(module.exports, module.exports, lazyRequire(file, options.lazy ?? []), module, file, dirname(file));
  return module.exports;
}

/** `require` for the module, with the named dependencies loaded on first property access. */
function lazyRequire(file: string, lazy: readonly string[]): NodeRequire {
  const real = createRequire(file);
  const wrapped = ((id: string) => {
    if (!lazy.includes(id)) return real(id);
    let loaded: Record<string | symbol, unknown> | undefined;
    const target = () => (loaded ??= real(id) as Record<string | symbol, unknown>);
    return new Proxy(() => undefined, {
      get: (_, name) => target()[name],
      has: (_, name) => name in target(),
      apply: (_, self, args) => (target() as unknown as (...a: unknown[]) => unknown).apply(self, args),
    });
  }) as NodeRequire;
  return Object.assign(wrapped, { resolve: real.resolve, cache: real.cache, main: real.main, extensions: real.extensions });
}

const pending = new Map<string, Script>();

/** Creates a folder one level at a time (`recursive` loops forever on `/proc`); throws when it cannot. */
function makeDirsSync(dir: string): void {
  if (existsSync(dir)) return;
  if (dirname(dir) !== dir) makeDirsSync(dirname(dir));
  mkdirSync(dir);
}

/**
 * Writes the code caches of the modules loaded without one (atomically; once per process). Call it
 * when a run's work is done, in whichever thread did the work.
 */
export function writeCodeCaches(): void {
  for (const [path, script] of pending) {
    pending.delete(path);
    try {
      makeDirsSync(dirname(path));
      const tmp = `${path}.${process.pid}.${threadId}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, path);
    } catch {
      // A read-only or full cache only costs speed.
    }
  }
}
