/**
 * The V8 code cache that SaxonJS loads through (src/saxon/code-cache.ts): the module's exports are
 * the same with or without a cache, the cache is written once and accepted afterwards, a damaged
 * cache is ignored, and lazy dependencies load only when used.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireWithCodeCache, writeCodeCaches } from '../../src/saxon/code-cache.js';

let root: string;
let saved: string | undefined;

/** A package `fixture` that requires `heavy` at load time and uses it only in `later()`. */
function makePackage(dir: string, version: string): string {
  for (const name of ['fixture', 'heavy']) mkdirSync(join(dir, 'node_modules', name), { recursive: true });
  writeFileSync(join(dir, 'node_modules/heavy/index.js'), 'globalThis.__heavyLoads = (globalThis.__heavyLoads ?? 0) + 1;\nexports.answer = () => 42;\n');
  writeFileSync(
    join(dir, 'node_modules/fixture/index.js'),
    `const heavy = require('heavy'); const path = require('path');\nexports.version = '${version}';\nexports.base = path.basename(__filename);\nexports.self = this === module.exports;\nexports.later = () => heavy.answer();\n`,
  );
  return pathToFileURL(join(dir, 'main.js')).href;
}

const cacheFiles = () => {
  try {
    return readdirSync(join(root, 'cache', 'teikit', 'v8'));
  } catch {
    return [];
  }
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'teikit-code-cache-'));
  saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = join(root, 'cache');
  (globalThis as { __heavyLoads?: number }).__heavyLoads = 0;
});

afterEach(() => {
  if (saved === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = saved;
});

describe('requireWithCodeCache', () => {
  it('gives the module its CommonJS scope and loads a lazy dependency on first use only', () => {
    const from = makePackage(root, 'one');
    const m = requireWithCodeCache('fixture', from, { lazy: ['heavy'] }) as Record<string, unknown>;
    expect(m.version).toBe('one');
    expect(m.base).toBe('index.js');
    expect(m.self).toBe(true);
    expect((globalThis as { __heavyLoads?: number }).__heavyLoads).toBe(0);
    expect((m.later as () => number)()).toBe(42);
    expect((globalThis as { __heavyLoads?: number }).__heavyLoads).toBe(1);
  });

  it('writes the cache once, then loads from it; a new source gets its own entry', () => {
    const from = makePackage(root, 'one');
    requireWithCodeCache('fixture', from);
    expect(cacheFiles()).toEqual([]);
    writeCodeCaches();
    expect(cacheFiles()).toHaveLength(1);
    const again = requireWithCodeCache('fixture', from) as Record<string, unknown>;
    expect(again.version).toBe('one');
    writeCodeCaches();
    expect(cacheFiles()).toHaveLength(1);
    makePackage(root, 'two');
    expect((requireWithCodeCache('fixture', from) as Record<string, unknown>).version).toBe('two');
    writeCodeCaches();
    expect(cacheFiles()).toHaveLength(2);
  });

  it('ignores a damaged cache and replaces it', () => {
    const from = makePackage(root, 'one');
    requireWithCodeCache('fixture', from);
    writeCodeCaches();
    const [name] = cacheFiles();
    writeFileSync(join(root, 'cache', 'teikit', 'v8', name), 'not a code cache');
    expect((requireWithCodeCache('fixture', from) as Record<string, unknown>).version).toBe('one');
    writeCodeCaches();
    expect(cacheFiles()).toEqual([name]);
  });
});
