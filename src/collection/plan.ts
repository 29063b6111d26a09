/**
 * Planning a build of the collection before anything is written: the documents of the run (each
 * once, by its manifest key, the register set apart), their content hashes and the ids that will
 * name their outputs, the ids that clash with each other or with a document the manifest still
 * knows, and the register, read and checked once.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { loadDocument } from '../pipeline/load.js';
import { contentHash, type Manifest } from '../pipeline/manifest.js';
import { outputId } from '../pipeline/out-path.js';
import { selectFiles } from '../pipeline/select.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { idClashes, type Named, rootId } from './ids.js';
import { manifestKey } from './keys.js';
import { findRegister, isRegister, type LoadedRegister, loadRegister } from './register.js';

/** One document of the run. */
export interface PlannedDocument {
  file: string;
  key: string;
  id: string;
  /** SHA-256 of its bytes ('' when it cannot be read: the job reports why). */
  hash: string;
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
 * Plans a build.
 * @param paths the files and folders given.
 * @param options shard, register, limits.
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
    if (seen.has(key)) continue;
    seen.add(key);
    const loaded = await loadDocument(file, limits);
    const text = 'text' in loaded ? loaded.text : '';
    docs.push({ file, key, id: outputId(text ? rootId(text) : undefined, file), hash: 'bytes' in loaded ? contentHash(loaded.bytes) : '' });
  }
  const named: Named[] = docs.map((d) => ({ key: d.key, file: d.file, id: d.id }));
  for (const [key, e] of Object.entries(manifest.documents)) {
    if (!seen.has(key) && existsSync(key)) named.push({ key, file: key, id: e.entry.id });
  }
  const registerFile = findRegister(paths, options.register);
  const register = registerFile ? await loadRegister(registerFile, options.limits) : undefined;
  const first = paths[0] ?? '.';
  const root = registerFile ? dirname(real(registerFile)) : real(isDir(first) ? first : dirname(first));
  const covers = !options.shard && registerFile !== undefined && paths.some((p) => isDir(p) && within(real(p), root));
  return { docs, unreadable: selection.unreadable, clashes: idClashes(named), register, root, covers };
}
