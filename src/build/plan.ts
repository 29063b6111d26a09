/**
 * Planning a build of the collection before anything is written: the documents of the run (each
 * once, by its manifest key, the register set apart) and the ids that will name their outputs
 * (read from the start of each file, as far as the root's start tag; the run reads each document
 * whole once, later), the ids that clash with each other or with a document the manifest still
 * knows, and the register, read and checked once.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import type { Manifest } from './manifest.js';
import { outputId } from '../io/out-path.js';
import { selectFiles } from '../io/select.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { idClashes, type Named, readRootId } from './ids.js';
import { manifestKey } from '../io/keys.js';
import { type LoadedRegister, loadRegister } from './register.js';
import { findRegister, isRegister } from '../io/find-register.js';

/** One document of the run. */
export interface PlannedDocument {
  file: string;
  key: string;
  /** The id that will name its outputs (the root's `xml:id`, else the file name). */
  id: string;
}

/** What a build will do. */
export interface CollectionPlan {
  docs: PlannedDocument[];
  unreadable: FileResult[];
  /** Documents not built because their ids clash, by key, with the error that says so. */
  clashes: Map<string, Diagnostic>;
  register?: LoadedRegister;
  /** The edition folder (real path): the register's folder, else the first folder given. */
  root: string;
  /** Whether the run covers the whole collection (a folder holding the register, no shard). */
  covers: boolean;
}

/** Options of the plan. */
export interface PlanOptions {
  shard?: string;
  /** The paths as the user named them (default the paths given): where the register is, what the run covers. */
  roots?: readonly string[];
  /** The documents were narrowed otherwise (`--changed`): the run does not cover the collection. */
  narrowed?: boolean;
  register?: string;
  limits?: Partial<XmlLimits>;
}

const real = (p: string): string => {
  try {
    return realpathSync.native(p);
  } catch {
    return resolve(p);
  }
};
const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();
const within = (dir: string, p: string): boolean => {
  const r = relative(dir, p);
  return !r.startsWith('..') && !isAbsolute(r);
};

/**
 * Whether a run covers the whole collection of its register, so that an entry no document uses can
 * be reported (entity-unused): a folder named holds the register's folder, and no `--shard` or
 * `--changed` narrows the documents.
 * @param roots the paths as the user named them.
 * @param registerFile the register found, if any.
 * @param narrowing the run's shard and other narrowing.
 */
export function coversRegister(roots: readonly string[], registerFile: string | undefined, narrowing: { shard?: string; narrowed?: boolean }): boolean {
  if (narrowing.shard || narrowing.narrowed || registerFile === undefined) return false;
  const root = dirname(real(registerFile));
  return roots.some((p) => isDir(p) && within(real(p), root));
}

/**
 * Plans a build.
 * @param paths the files and folders given.
 * @param options shard, the paths as named, register, limits.
 * @param manifest the output folder's manifest (documents it knows that still exist count for clashes).
 */
export async function planCollection(paths: readonly string[], options: PlanOptions, manifest: Manifest): Promise<CollectionPlan> {
  const selection = await selectFiles(paths, options.shard);
  const limits = resolveLimits(options.limits);
  const docs: PlannedDocument[] = [];
  const seen = new Set<string>();
  for (const file of selection.files) {
    if (isRegister(file)) continue;
    const key = manifestKey(file);
    if (options.register && key === manifestKey(options.register)) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    docs.push({ file, key, id: outputId(await readRootId(file, limits.maxBytes), file) });
  }
  const named: Named[] = docs.map((d) => ({ key: d.key, file: d.file, id: d.id }));
  for (const [key, e] of Object.entries(manifest.documents)) {
    if (!seen.has(key) && existsSync(key)) named.push({ key, file: key, id: e.entry.id });
  }
  const roots = options.roots ?? paths;
  const registerFile = findRegister(roots, options.register);
  const register = registerFile ? await loadRegister(registerFile, options.limits) : undefined;
  const first = roots[0] ?? '.';
  const root = registerFile ? dirname(real(registerFile)) : real(isDir(first) ? first : dirname(first));
  const covers = coversRegister(roots, registerFile, { shard: options.shard, narrowed: options.narrowed });
  return { docs, unreadable: selection.unreadable, clashes: idClashes(named), register, root, covers };
}
