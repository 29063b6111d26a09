/**
 * The files a run works on: the XML files under the paths given, narrowed to one shard, and the
 * paths that could not be read as results of their own.
 */
import type { FileResult } from '../diagnostics/diagnostic.js';
import { collectFiles } from './find.js';
import { parseShard, selectShard } from './shard.js';

/** The selected files and the unreadable paths. */
export interface Selection {
  files: string[];
  unreadable: FileResult[];
}

/**
 * Collects and shards the files of a run.
 * @param paths files or folders.
 * @param shard `k/n`, or undefined for every file.
 */
export async function selectFiles(paths: readonly string[], shard?: string): Promise<Selection> {
  const list = await collectFiles(paths);
  return {
    files: shard ? selectShard(list.files, parseShard(shard)) : list.files,
    unreadable: list.diagnostics.map((d) => ({ file: d.file, diagnostics: [d] })),
  };
}
