/**
 * `build`: plan the collection (src/collection/plan.ts: documents by key, ids and their clashes,
 * the register) → run the documents (validate, render, write each atomically; a document with
 * errors writes nothing) → record what they did (src/collection/state.ts) → the collection step
 * (src/collection/finish.ts: withdrawn documents, collection pages, manifest), or for `--shard`
 * a shard manifest that `build --merge` completes (src/collection/shards.ts). The whole build
 * holds the output folder's lock (src/collection/lock.ts). Unchanged documents are skipped
 * (see manifest.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { finishCollection } from '../collection/finish.js';
import { acquireLock } from '../collection/lock.js';
import type { CollectionContext } from '../collection/page-params.js';
import { planCollection } from '../collection/plan.js';
import { mergeShards, writeShardManifest } from '../collection/shards.js';
import { markStale, recordOutcomes, withFile } from '../collection/state.js';
import type { TargetName } from '../targets/index.js';
import type { DocumentJob, DocumentOutcome } from './document-job.js';
import { configKey, isFresh, type Manifest, readManifest } from './manifest.js';
import { safeOutputPath } from './out-path.js';
import { runJobs } from './pool.js';
import { parseShard } from './shard.js';
import type { ValidateOptions } from './validate.js';
import { sweepStaleTemps, writeAtomic } from './write.js';

/** Options of `build`. */
export interface BuildOptions extends ValidateOptions {
  out: string;
  targets: TargetName[];
  /** `k/n`: only the k-th of n stable slices of the file list. */
  shard?: string;
  /** False rebuilds every document. Default true. */
  cache?: boolean;
  /** Worker threads; default one per core. */
  jobs?: number;
  /** Progress callback (the CLI shows it on a TTY). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** `build --merge`: the shard output folders to merge into `out` instead of building. */
  merge?: string[];
  /** Overrides the register's base URL (a configuration for a preview site). */
  baseUrl?: string;
  /** The register; default `register.xml` beside the documents (src/collection/register.ts). */
  registerFile?: string;
}

/** What a build did. */
export interface BuildRun {
  results: FileResult[];
  unreadable: FileResult[];
  /** Output names written in this run, relative to the output folder. */
  written: string[];
  /** Documents skipped because they had not changed. */
  skipped: string[];
}

const LIB = fileURLToPath(new URL('../', import.meta.url));

/**
 * Builds the documents under the given paths, or merges shard builds (`options.merge`).
 * @param paths files or folders.
 * @param options output folder, targets, schema, rules, cache, shard, threads, merge.
 */
export async function build(paths: readonly string[], options: BuildOptions): Promise<BuildRun> {
  const release = await acquireLock(options.out);
  try {
    // What a build killed mid-write left beside the outputs (never a file under an output's name).
    for (const dir of [options.out, join(options.out, 'assets')]) await sweepStaleTemps(dir);
    const key = await buildKey(options);
    if (options.merge) {
      const m = await mergeShards(options.merge, options.out, key, options.baseUrl);
      return { results: m.results, unreadable: [], written: m.written, skipped: [] };
    }
    return await buildCollection(paths, options, key);
  } finally {
    await release();
  }
}

async function buildCollection(paths: readonly string[], options: BuildOptions, key: string): Promise<BuildRun> {
  const manifest: Manifest = await readManifest(options.out, key);
  const plan = await planCollection(paths, { shard: options.shard, register: options.registerFile, limits: options.limits }, manifest);
  const reg = plan.register;
  const regBlocked = Boolean(reg && (!reg.tree || reg.diagnostics.some((d) => d.severity === 'error')));
  const ref = reg?.tree ? reg.ref : undefined;
  const collection: CollectionContext = { ...(ref ? { register: ref } : {}), baseUrl: options.baseUrl ?? reg?.facts?.baseUrl ?? '', title: reg?.facts?.title ?? '', root: plan.root, targets: options.targets };
  const jobs: DocumentJob[] = [];
  const outcomes = new Map<string, DocumentOutcome>();
  const skipped: string[] = [];
  for (const doc of plan.docs) {
    const clash = plan.clashes.get(doc.key);
    if (clash) {
      const result = { file: doc.file, diagnostics: [clash] };
      markStale(doc, result, manifest);
      outcomes.set(doc.key, { result, written: [] });
      continue;
    }
    const fresh = options.cache === false || regBlocked ? undefined : isFresh(manifest, options.out, doc.key, doc.hash, ref?.hash ?? '');
    if (fresh) {
      outcomes.set(doc.key, { result: { file: doc.file, diagnostics: withFile(fresh.diagnostics, doc.file) }, written: [], entry: fresh.entry });
      skipped.push(doc.file);
      continue;
    }
    const base = { schema: options.schema, rules: options.rules, limits: options.limits, ...(ref ? { register: ref } : {}) };
    // A register with errors blocks every document's outputs: they are validated, not written.
    jobs.push({ file: doc.file, options: regBlocked ? base : { ...base, out: options.out, targets: options.targets, collection } });
  }
  const ran = await runJobs(jobs, { jobs: options.jobs, onDone: options.onProgress });
  const byFile = new Map(plan.docs.map((d) => [d.file, d.key]));
  const fresh = new Map(ran.map((o, i) => [byFile.get(jobs[i].file)!, o]));
  for (const [k, o] of fresh) outcomes.set(k, o);
  const written = ran.flatMap((o) => o.written);
  if (!regBlocked) written.push(...(await recordOutcomes(plan, fresh, manifest, options.out)));
  else for (const doc of plan.docs) if (fresh.has(doc.key)) markStale(doc, fresh.get(doc.key)!.result, manifest);
  const results: FileResult[] = plan.docs.map((d) => outcomes.get(d.key)!.result);
  const registerResult: FileResult | undefined = reg ? { file: reg.ref.file, diagnostics: [...reg.diagnostics] } : undefined;
  if (!regBlocked && options.shard) written.push(...(await writeShard(options, key, plan, manifest, outcomes)));
  else if (!regBlocked) {
    const done = await finishCollection({
      out: options.out, manifest, covers: plan.covers, baseUrl: options.baseUrl,
      ...(reg?.facts && reg.parsed ? { register: { key: reg.ref.key, facts: reg.facts, file: reg.ref.file, bytes: Buffer.from(await readFile(reg.ref.file)), locate: (p: string) => reg.parsed!.positions.locate(p) } } : {}),
    });
    written.push(...done.written);
    if (done.register && registerResult) registerResult.diagnostics.push(...done.register.diagnostics);
  }
  return { results: [...plan.unreadable, ...(registerResult ? [registerResult] : []), ...results], unreadable: plan.unreadable, written, skipped };
}

/** A shard's manifest (its documents' entries, built or unchanged, and those that failed) and the register's copy. */
async function writeShard(options: BuildOptions, key: string, plan: Awaited<ReturnType<typeof planCollection>>, manifest: Manifest, outcomes: Map<string, DocumentOutcome>): Promise<string[]> {
  const shard = parseShard(options.shard!);
  const documents = Object.fromEntries(plan.docs.filter((d) => manifest.documents[d.key] && !manifest.documents[d.key].stale).map((d) => [d.key, manifest.documents[d.key]]));
  const failed = plan.docs.filter((d) => !(d.key in documents) && outcomes.has(d.key)).map((d) => d.key).sort();
  const reg = plan.register;
  const written: string[] = [];
  if (reg?.facts) {
    await writeAtomic(safeOutputPath(options.out, 'tei/register.xml'), await readFile(reg.ref.file));
    written.push('tei/register.xml');
  }
  await writeShardManifest(options.out, { key, shard, ...(reg?.facts ? { register: { key: reg.ref.key, hash: reg.ref.hash, facts: reg.facts } } : {}), documents, failed });
  return written;
}

/** What the outputs depend on besides the documents: version, compiled assets, schema, rules, targets. */
async function buildKey(options: BuildOptions): Promise<string> {
  const parts: (string | Uint8Array)[] = [options.targets.join(','), options.baseUrl ?? ''];
  parts.push(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const dir of ['sef', 'schemas']) {
    const names = (await readdir(`${LIB}${dir}`).catch(() => [] as string[])).sort();
    for (const n of names) parts.push(n, await readFile(`${LIB}${dir}/${n}`));
  }
  for (const user of [options.schema, options.rules]) if (user) parts.push(user, await readFile(user).catch(() => ''));
  return configKey(parts);
}
