/**
 * Sharded builds: `build --shard k/n` writes its documents' outputs and a shard manifest
 * (`.teikit-shard-k-of-n.json`: the same entries as the manifest, with the register's facts);
 * `build --merge <dir>…` reads the shard manifests of every shard, checks that all n are there
 * with one configuration and that no two documents share an id (ignoring case), copies the
 * documents' outputs into the output folder and runs the collection step. The result is the
 * output folder of one unsharded build, byte for byte, manifest included.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { type Manifest, type ManifestEntry, readManifest } from './manifest.js';
import { safeOutputPath } from '../io/out-path.js';
import { writeAtomic } from '../io/write.js';
import { type Commit, finishCollection } from './finish.js';
import { idClashes } from './ids.js';
import type { RegisterFacts } from '../targets/collection-model.js';

/** What a shard build leaves for the merge. */
export interface ShardManifest {
  key: string;
  shard: { index: number; count: number };
  register?: { key: string; hash: string; facts: RegisterFacts };
  documents: Record<string, ManifestEntry>;
  /** Documents of the shard that failed: kept (marked stale), not withdrawn. */
  failed: string[];
}

/** The shard manifest's file name. */
export function shardManifestName(index: number, count: number): string {
  return `.teikit-shard-${index}-of-${count}.json`;
}

const SHARD_NAME = /^\.teikit-shard-(\d+)-of-(\d+)\.json$/;

/**
 * Writes a shard's manifest.
 * @param out the shard's output folder.
 * @param m its content.
 */
export async function writeShardManifest(out: string, m: ShardManifest): Promise<void> {
  const documents = Object.fromEntries(Object.entries(m.documents).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeAtomic(join(out, shardManifestName(m.shard.index, m.shard.count)), `${JSON.stringify({ ...m, documents }, null, 1)}\n`);
}

/** A merge that cannot go on: missing or mismatched shards (the CLI exits 2). */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

/** What a merge did. */
export interface MergeRun {
  results: FileResult[];
  written: string[];
}

/**
 * Merges shard outputs into one collection.
 * @param dirs the shards' output folders (one folder may hold several shards).
 * @param out the output folder (may be one of them).
 * @param key the configuration key of this toolkit and options.
 * @param baseUrl overrides the register's base URL.
 * @param commit writes a set of outputs together.
 */
export async function mergeShards(dirs: readonly string[], out: string, key: string, baseUrl: string | undefined, commit: Commit): Promise<MergeRun> {
  const found = new Map<number, { dir: string; m: ShardManifest; name: string }>();
  let count: number | undefined;
  for (const dir of dirs) {
    const names = (await readdir(dir).catch(() => { throw new MergeError(`Unexpected folder \`${dir}\` that cannot be read, expected a shard's output folder`); })).filter((n) => SHARD_NAME.test(n)).sort();
    if (!names.length) throw new MergeError(`Unexpected folder \`${dir}\` without a shard manifest (\`.teikit-shard-k-of-n.json\`), expected the output folder of \`teikit build --shard k/n\``);
    for (const name of names) {
      const m = JSON.parse(await readFile(join(dir, name), 'utf8')) as ShardManifest;
      if (m.key !== key) throw new MergeError(`Unexpected shard \`${join(dir, name)}\` built with another toolkit version or options, expected every shard built like the merge (same targets, schema, rules)`);
      if (count !== undefined && m.shard.count !== count) throw new MergeError(`Unexpected shard count ${m.shard.count} in \`${join(dir, name)}\`, expected ${count}`);
      count = m.shard.count;
      found.set(m.shard.index, { dir, m, name });
    }
  }
  const missing = Array.from({ length: count ?? 0 }, (_, i) => i + 1).filter((k) => !found.has(k));
  if (missing.length) throw new MergeError(`Unexpected merge without shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')}, expected all ${count} shards`);
  const shards = [...found.values()];
  const register = shards.find((s) => s.m.register)?.m.register;
  if (shards.some((s) => s.m.register?.hash !== register?.hash)) throw new MergeError('Unexpected shards built against different registers, expected one register for the collection');
  const documents: Record<string, { dir: string; e: ManifestEntry }> = {};
  for (const s of shards) for (const [k, e] of Object.entries(s.m.documents)) documents[k] = { dir: s.dir, e };
  const failed = new Set(shards.flatMap((s) => s.m.failed ?? []));
  const clashes = idClashes(Object.entries(documents).map(([k, d]) => ({ key: k, file: k, id: d.e.entry.id })));
  if (clashes.size) return { results: [...clashes.values()].map((d) => ({ file: d.file, diagnostics: [d] })), written: [] };
  const manifest: Manifest = await readManifest(out, key);
  const written: string[] = [];
  const problems: FileResult[] = [];
  for (const [k, d] of Object.entries(documents)) {
    if (resolve(d.dir) !== resolve(out)) {
      // A document's outputs are copied together, like a build commits them.
      const files = await Promise.all(d.e.written.map(async (name) => ({ name, content: await readFile(safeOutputPath(d.dir, name)) })));
      const problem = await commit(k, files);
      if (problem) {
        problems.push({ file: k, diagnostics: [problem] });
        continue;
      }
      written.push(...d.e.written);
    }
    manifest.documents[k] = d.e;
  }
  for (const k of failed) if (manifest.documents[k]) manifest.documents[k].stale = true;
  // The register's copy, from the shard that wrote it (the collection step writes it with the pages).
  const withRegister = shards.find((s) => s.m.register);
  const regBytes = withRegister ? await readFile(safeOutputPath(withRegister.dir, 'tei/register.xml')).catch(() => undefined) : undefined;
  // The shards define the collection: a document the output folder knew that no shard built is gone.
  const done = await finishCollection({
    out, manifest, covers: true, baseUrl, commit, exists: (k) => k in documents || failed.has(k),
    ...(register ? { register: { key: register.key, facts: register.facts, file: register.key, ...(regBytes ? { bytes: regBytes } : {}) } } : {}),
  });
  for (const s of shards) if (resolve(s.dir) === resolve(out)) await rm(join(s.dir, s.name), { force: true });
  const results: FileResult[] = Object.entries(documents).map(([k, d]) => ({ file: k, diagnostics: d.e.diagnostics }));
  if (done.register) results.push(done.register);
  return { results: [...results, ...problems, ...done.problems], written: [...written, ...done.written] };
}
