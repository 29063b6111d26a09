/**
 * The documents a command works on, and when to stop before any is checked:
 *
 * 1. every `*.xml` under the paths given, less the configuration's `ignore` patterns;
 * 2. none at all is the command's failure (exit 2, "no TEI documents under …"), since a wrong
 *    path must not turn CI green, unless `--allow-empty`; this is judged before step 3 and 4;
 * 3. `--changed`: only the documents changed since a git ref, or all of them when the register,
 *    the configuration, the schema or the rules changed;
 * 4. `--shard k/n`: the k-th slice.
 *
 * Steps 3 and 4 may leave nothing, which is not a failure: the note says why.
 */
import { basename, resolve, sep } from 'node:path';
import { changedFiles } from './changed.js';
import { matchesAny } from '../config/glob.js';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { collectFiles } from './read.js';
import { parseShard, selectShard } from './shard.js';

/** How the list is narrowed. */
export interface InputOptions {
  /** Path patterns never checked, relative to `base`. */
  ignore?: readonly string[];
  base?: string;
  allowEmpty?: boolean;
  /** A git ref, for `--changed`. */
  changed?: string;
  /** Files whose change means every document changed (configuration, schema, rules). */
  shared?: readonly string[];
  shard?: string;
}

/** The documents, the paths that could not be read, and what to tell about an empty list. */
export interface Inputs {
  files: string[];
  unreadable: FileResult[];
  /** Set when step 3 or 4 left no document. */
  note?: string;
}

/**
 * Selects the documents of a run.
 * @param paths files or folders as the user named them.
 * @param o ignore patterns, `--allow-empty`, `--changed`, `--shard`.
 * @throws Error when no document is found (and empty input is not allowed), or git cannot answer.
 */
export async function selectInputs(paths: readonly string[], o: InputOptions = {}): Promise<Inputs> {
  if (o.shard) parseShard(o.shard); // a bad `k/n` is refused before any work
  const list = await collectFiles(paths);
  const unreadable = list.diagnostics.map((d) => ({ file: d.file, diagnostics: [d] }));
  let files = o.ignore?.length ? list.files.filter((f) => !matchesAny(f, o.ignore!, o.base ?? process.cwd())) : list.files;
  if (!files.length && !unreadable.length && !o.allowEmpty) {
    throw new Error(`no TEI documents under ${paths.map((p) => `\`${p}\``).join(', ')} (expected *.xml files; pass --allow-empty when none is fine)`);
  }
  const all = files.length;
  if (o.changed !== undefined) {
    const changed = await changedFiles(o.changed);
    const shared = (o.shared ?? []).map((f) => resolve(f));
    const roots = paths.map((p) => resolve(p));
    const under = (f: string): boolean => roots.some((r) => f === r || f.startsWith(`${r}${sep}`));
    const everything = [...changed].some((f) => shared.includes(f) || (basename(f) === 'register.xml' && under(f)));
    if (!everything) files = files.filter((f) => changed.has(resolve(f)));
    if (!files.length && all) return { files, unreadable, note: `no TEI document under ${paths.join(', ')} changed since ${o.changed}` };
  }
  if (o.shard) {
    const before = files.length;
    files = selectShard(files, parseShard(o.shard));
    if (!files.length && before) return { files, unreadable, note: `shard ${o.shard} holds none of the ${before} documents` };
  }
  return { files, unreadable };
}
