/**
 * `build`: validate each document, render it to every requested target and write the outputs
 * atomically. A document with errors is not written: its earlier outputs stay as they were.
 */
import { resolve, sep } from 'node:path';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { collectionFiles, type IndexEntry, renderFiles, type TargetName } from '../targets/index.js';
import { collectFiles } from './load.js';
import { parseShard, selectShard } from './shard.js';
import { loadCheckers, validateDocument, type ValidateOptions } from './validate.js';
import { writeAtomic } from './write.js';

/** Options of `build`. */
export interface BuildOptions extends ValidateOptions {
  out: string;
  targets: TargetName[];
  shard?: string;
}

/** What a build did. */
export interface BuildRun {
  results: FileResult[];
  unreadable: FileResult[];
  written: string[];
}

/**
 * Builds the documents under the given paths.
 * @param paths files or folders.
 * @param options output folder, targets, schema and rules.
 */
export async function build(paths: readonly string[], options: BuildOptions): Promise<BuildRun> {
  const list = await collectFiles(paths);
  const files = options.shard ? selectShard(list.files, parseShard(options.shard)) : list.files;
  const checkers = await loadCheckers(options);
  const results: FileResult[] = [];
  const written: string[] = [];
  const entries: IndexEntry[] = [];
  for (const file of files) {
    const v = await validateDocument(file, checkers);
    const diagnostics: Diagnostic[] = [...v.result.diagnostics];
    results.push({ file, diagnostics });
    if (!v.parsed || !v.tree || diagnostics.some((d) => d.severity === 'error')) continue;
    const id = safeId(v.parsed.id, file);
    const names: string[] = [];
    for (const target of options.targets) {
      const rendered = renderFiles({ doc: v.parsed, tree: v.tree, id }, target);
      diagnostics.push(...rendered.diagnostics);
      for (const f of rendered.files) {
        const path = insideOut(options.out, f.name);
        await writeAtomic(path, f.content);
        written.push(path);
        names.push(f.name);
      }
    }
    entries.push({ id, title: id, files: names });
  }
  for (const f of collectionFiles(entries)) {
    const path = insideOut(options.out, f.name);
    await writeAtomic(path, f.content);
    written.push(path);
  }
  const unreadable = list.diagnostics.map((d) => ({ file: d.file, diagnostics: [d] }));
  return { results: [...unreadable, ...results], unreadable, written };
}

/**
 * The id that names a document's outputs: its `xml:id` when that is a safe file name, otherwise
 * the file's base name made safe. Never a path.
 */
export function safeId(id: string | undefined, file: string): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  if (id && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return id;
  const base = file.split(/[\\/]/).pop()!.replace(/\.xml$/i, '');
  return clean(base) || 'document';
}

/** Resolves an output name and refuses anything that would land outside the output folder. */
function insideOut(out: string, name: string): string {
  const root = resolve(out);
  const path = resolve(root, name);
  if (!path.startsWith(root + sep)) throw new Error(`Unexpected output name \`${name}\`, expected a name inside \`${out}\``);
  return path;
}
