/**
 * The folders of src/ depend one way. README's "Layout" section declares the order, top to bottom
 * (`cli → index → build → … → diagnostics`, with `|` between folders of one level); this test reads
 * every src/**\/*.ts, resolves its relative imports (`import`, `import type`, `export … from`,
 * dynamic `import()`) with TypeScript's own pre-processor, and fails on an import that goes up or
 * sideways against that order, on a cycle between folders and on a cycle between files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** Every TypeScript file of src/, as a path relative to src/ with `/` separators. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

/** The relative imports of each file, resolved to files of src/. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(SRC, file), 'utf8'), true, true);
    const targets = info.importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => {
        const target = posix.normalize(posix.join(posix.dirname(file), name)).replace(/\.js$/, '.ts');
        if (!known.has(target)) throw new Error(`${file} imports \`${name}\`, which is no file of src/`);
        return target;
      });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The folder a file belongs to: its directory under src/ (`index` for the files at the top). */
function folderOf(file: string): string {
  const dir = posix.dirname(file);
  return dir === '.' ? posix.basename(file, '.ts') : dir;
}

/** README's order: one level per arrow, top first; `|` separates the folders of one level. */
function declaredLevels(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const layout = readme.slice(readme.indexOf('\n## Layout'));
  const line = layout.split('\n').find((l) => /^\s+cli →.*→ diagnostics\s*$/.test(l));
  if (!line) throw new Error('README\'s "Layout" section has no line `cli → … → diagnostics`');
  return line.trim().split('→').map((level) => level.split('|').map((f) => f.trim()));
}

/** Strongly connected components of more than one node (or a node importing itself). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** One cycle through a component, as its edges `a -> b`, found breadth first from its first node. */
function oneCycle(graph: ReadonlyMap<string, readonly string[]>, component: readonly string[]): string[] {
  const inside = new Set(component);
  const start = component[0];
  const cameFrom = new Map<string, string>();
  const queue = [start];
  let closed = false;
  while (queue.length && !closed) {
    const a = queue.shift()!;
    for (const b of graph.get(a) ?? []) {
      if (!inside.has(b) || cameFrom.has(b)) continue;
      cameFrom.set(b, a);
      closed = b === start;
      if (closed) break;
      queue.push(b);
    }
  }
  const edges: string[] = [];
  for (let b = start, a = cameFrom.get(b)!; ; b = a, a = cameFrom.get(b)!) {
    edges.unshift(`${a} -> ${b}`);
    if (a === start) break;
  }
  return edges;
}

const files = sourceFiles();
const graph = importGraph(files);
const levels = declaredLevels();
const levelOf = new Map(levels.flatMap((level, i) => level.map((f) => [f, i] as const)));

/** Imports between folders, `from -> to` with the files that make each. */
const folderEdges = new Map<string, Set<string>>();
const folderWitness = new Map<string, string[]>();
for (const [file, targets] of graph) {
  for (const target of targets) {
    const [a, b] = [folderOf(file), folderOf(target)];
    if (a === b) continue;
    folderEdges.set(a, (folderEdges.get(a) ?? new Set()).add(b));
    folderWitness.set(`${a} -> ${b}`, [...(folderWitness.get(`${a} -> ${b}`) ?? []), `${file} -> ${target}`]);
  }
}

describe('the layout of src/', () => {
  it('declares every folder once, in README', () => {
    const folders = [...new Set(files.map(folderOf))].sort();
    expect(folders.filter((f) => !levelOf.has(f)), 'folders of src/ missing from README\'s order').toEqual([]);
    expect([...levelOf.keys()].filter((f) => !folders.includes(f)), 'folders in README\'s order that src/ does not have').toEqual([]);
    expect(levels.flat().length, 'a folder named twice in README\'s order').toBe(levelOf.size);
  });

  it('imports only downwards: never up, never sideways within a level', () => {
    const wrong = [...folderWitness]
      .filter(([edge]) => {
        const [a, b] = edge.split(' -> ');
        return !(levelOf.get(a)! < levelOf.get(b)!);
      })
      .flatMap(([edge, witnesses]) => [`${edge}:`, ...witnesses.map((w) => `  ${w}`)]);
    expect(wrong, 'imports against the order cli → … → diagnostics').toEqual([]);
  });

  it('has no cycle between folders', () => {
    const graph = new Map([...folderEdges].map(([a, bs]) => [a, [...bs]]));
    const found = cycles(graph).map((c) => oneCycle(graph, c).flatMap((e) => [`${e}:`, ...(folderWitness.get(e) ?? []).map((w) => `  ${w}`)]));
    expect(found, 'folders that import each other').toEqual([]);
  });

  it('has no cycle between files', () => {
    expect(cycles(graph).map((c) => oneCycle(graph, c)), 'files that import each other, directly or through others').toEqual([]);
  });

  it('sees the imports it checks', () => {
    // The pre-processor finds static, type-only, re-exported and dynamic imports alike.
    expect(graph.get('cli/build.ts')).toEqual(expect.arrayContaining(['build/build.ts', 'build/watch.ts', 'targets/types.ts']));
    expect(graph.get('index.ts')).toEqual(expect.arrayContaining(['reporters/index.ts', 'diagnostics/diagnostic.ts']));
    expect(graph.get('exec/pool.ts')).toEqual(expect.arrayContaining(['exec/tasks.ts']));
  });
});
