/**
 * `build`, in three steps, all under the output folder's lock (src/build/lock.ts):
 *
 * 1. plan the collection (src/build/plan.ts): the documents by key, the ids that will name
 *    their outputs and their clashes, the register, read and checked once; nothing is written yet;
 * 2. run the documents (src/exec/run-documents.ts, build-document.ts): each is read once, checked and
 *    rendered in a worker, and its outputs are committed together with its TEI source. Each stands
 *    alone: one that has errors, cannot be read, rendered or written, or runs out of time is
 *    reported and writes nothing (its earlier outputs stay, marked stale: src/build/state.ts);
 *    unchanged documents are skipped (manifest.ts);
 * 3. the collection step (src/build/complete.ts): withdrawn documents, the collection pages
 *    and the manifest, committed together; for `--shard` a shard manifest that `build --merge`
 *    completes (src/build/shards.ts).
 */
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { completeBuild } from './complete.js';
import type { Commit } from './finish.js';
import { acquireLock, LockTimeout } from './lock.js';
import type { CollectionContext } from '../exec/page-params.js';
import { type CollectionPlan, planCollection } from './plan.js';
import { mergeShards } from './shards.js';
import { recordOutcomes } from './state.js';
import { TARGET_NAMES, type TargetName, type TextOptions } from '../targets/index.js';
import { type BuildContext, buildDocument, commitOutputs, type DocumentOutcome } from './build-document.js';
import { buildKey } from './build-key.js';
import { type Manifest, readManifest } from './manifest.js';
import { FileIdentities } from '../io/out-folder.js';
import { type DocumentRunOptions, runDocuments, runPool } from '../exec/run-documents.js';
import { inLanes, type LazyPool } from '../exec/pool.js';
import type { PageRenderer } from '../targets/collection-outputs.js';
import type { RunConfig } from '../exec/tasks.js';
import type { ValidateOptions } from '../validate/document.js';
import { sweepStaleTemps } from '../io/write.js';

/** Options of `build`; every one has the CLI's default. */
export interface BuildOptions extends ValidateOptions, DocumentRunOptions {
  /** The output folder; default `dist`. */
  out?: string;
  /** Default every target (`html`, `text`, `json`). */
  targets?: readonly TargetName[];
  /** `k/n`: only the k-th of n stable slices of the file list; writes a shard manifest, no collection pages. */
  shard?: string;
  /** False rebuilds every document. Default true. */
  cache?: boolean;
  /** Plain-text options (`--text-header`, `--notes`). */
  text?: TextOptions;
  /** Progress callback (the CLI shows it on a TTY). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** `build --merge`: the shard output folders to merge into `out` instead of building. */
  merge?: readonly string[];
  /** Overrides the register's base URL (a configuration for a preview site). */
  baseUrl?: string;
  /** The register; default `register.xml` beside the documents (src/build/register.ts). */
  registerFile?: string;
  /** The paths as the user named them, when `paths` is a selection of files (the CLI's). */
  roots?: readonly string[];
  /** The documents are those changed since a git ref: the run does not cover the collection. */
  changed?: boolean;
}

/** What a build did. */
export interface BuildRun {
  /** One result per document, the register's, and one per collection file that could not be written. */
  results: FileResult[];
  unreadable: FileResult[];
  /** Output names written in this run, relative to the output folder. */
  written: string[];
  /** Documents skipped because they had not changed. */
  skipped: string[];
}

/** The options with the output folder and targets settled. */
export type Resolved = BuildOptions & { out: string; targets: readonly TargetName[] };

/**
 * Builds the documents under the given paths, or merges shard builds (`options.merge`).
 * @param paths files or folders.
 * @param options output folder, targets, schema, rules, cache, shard, threads, merge.
 * @throws Error for an empty output folder name, a bad shard, a schema or rules that cannot be
 *   loaded, a lock held too long (LockTimeout) or shards that cannot be merged (MergeError).
 */
export async function build(paths: readonly string[], options: BuildOptions = {}): Promise<BuildRun> {
  const out = options.out ?? 'dist';
  if (!out.trim()) throw new Error('Unexpected empty output folder name, expected a folder (`--out dist`)');
  const resolved: Resolved = { ...options, out, targets: options.targets ?? TARGET_NAMES };
  const release = await lock(out);
  try {
    // What a build killed mid-write left beside the outputs (only teikit's temporary names).
    const real = await realpath(out).catch(() => undefined);
    if (real) for (const dir of [real, join(real, 'assets')]) await sweepStaleTemps(dir);
    const key = await buildKey(resolved);
    if (options.merge) {
      const commit: Commit = (file, files) => commitOutputs(file, files, { out, inputs: new FileIdentities() });
      const m = await mergeShards(options.merge, out, key, options.baseUrl, commit);
      return { results: m.results, unreadable: [], written: m.written, skipped: [] };
    }
    return await buildCollection(paths, resolved, key);
  } finally {
    await release();
  }
}

/** The output folder's lock; a folder that cannot even be made is left to each write to report. */
async function lock(out: string): Promise<() => Promise<void>> {
  try {
    return await acquireLock(out);
  } catch (err) {
    if (err instanceof LockTimeout) throw err;
    return async () => undefined;
  }
}

async function buildCollection(paths: readonly string[], options: Resolved, key: string): Promise<BuildRun> {
  // The pool starts first: its worker loads SaxonJS, the schema and the rules while this thread
  // plans. It outlives the documents: the collection pages are rendered in its warm workers.
  const pool = runPool(poolConfig(options), options, Infinity);
  pool.get().catch(() => undefined);
  try {
    return await planAndRun(paths, options, key, pool);
  } finally {
    await pool.close();
  }
}

async function planAndRun(paths: readonly string[], options: Resolved, key: string, pool: LazyPool): Promise<BuildRun> {
  const { out, targets } = options;
  // 1. The plan: documents, ids and their clashes, the register; no output may replace an input.
  const manifest = await readManifest(out, key);
  const plan = await planCollection(paths, { shard: options.shard, roots: options.roots, narrowed: options.changed, register: options.registerFile, limits: options.limits }, manifest);
  const inputs = new FileIdentities();
  for (const f of [...plan.docs.map((d) => d.file), ...(plan.register ? [plan.register.ref.file] : [])]) await inputs.add(f);
  const reg = plan.register;
  // A register with errors blocks every document's outputs: they are checked, not written.
  const blocked = Boolean(reg && (!reg.tree || reg.diagnostics.some((d) => d.severity === 'error')));
  const ref = reg?.tree ? reg.ref : undefined;
  // 2. Each document: read, skip or check and render in a worker, commit its outputs.
  const ctx: BuildContext = { out, targets, text: options.text, manifest: options.cache === false ? undefined : manifest, inputs, register: ref?.hash ?? '', root: plan.root };
  return runCollection({ plan, options, key, manifest, ctx, config: runConfig(options, plan), pool, blocked });
}

/** A build's plan with what its documents and its collection step share. */
interface PlannedRun {
  plan: CollectionPlan;
  options: Resolved;
  key: string;
  manifest: Manifest;
  ctx: BuildContext;
  config: RunConfig;
  pool: LazyPool;
  /** The register has errors: documents are checked, not written, and the collection step is skipped. */
  blocked: boolean;
}

async function runCollection(run: PlannedRun): Promise<BuildRun> {
  const { plan, options, key, manifest, ctx, pool, blocked } = run;
  const { out } = options;
  const reg = plan.register;
  const outcomes = await runPlanned(run);
  recordOutcomes(plan.docs, outcomes, manifest, ctx.register ?? '');
  const results = plan.docs.map((d) => outcomes.get(d.key)!.result);
  const registerResult: FileResult | undefined = reg ? { file: reg.ref.file, diagnostics: [...reg.diagnostics] } : undefined;
  const written = [...outcomes.values()].flatMap((o) => o.written);
  // 3. The collection's pages and manifest (or the shard's manifest), after the documents.
  if (!blocked) {
    const commit: Commit = (file, files) => commitOutputs(file, files, ctx);
    // The pages in the pool's workers, as many at a time as are running (none is started for them).
    const render: PageRenderer = async (requests) => {
      const workers = await pool.get();
      return inLanes(requests, workers.threads, (r) => workers.page(r));
    };
    const done = await completeBuild({ out, key, plan, manifest, outcomes, commit, shard: options.shard, baseUrl: options.baseUrl, render });
    written.push(...done.written);
    if (done.register && registerResult) registerResult.diagnostics.push(...done.register.diagnostics);
    results.push(...done.problems);
  }
  const skipped = plan.docs.filter((d) => outcomes.get(d.key)?.skipped).map((d) => d.file);
  return { results: [...plan.unreadable, ...(registerResult ? [registerResult] : []), ...results], unreadable: plan.unreadable, written, skipped };
}

/** What every worker of the build loads once, known before the plan: schema, rules, severities, limits. */
function poolConfig(options: Resolved): RunConfig {
  return { checks: true, schema: options.schema, rules: options.rules, bundledRules: options.bundledRules, severities: options.severities, limits: options.limits };
}

/** The run's whole configuration: the pool's, with the register and the collection (sent with each task). */
function runConfig(options: Resolved, plan: CollectionPlan): RunConfig {
  const reg = plan.register;
  const ref = reg?.tree ? reg.ref : undefined;
  const collection: CollectionContext = { ...(ref ? { register: ref } : {}), baseUrl: options.baseUrl ?? reg?.facts?.baseUrl ?? '', title: reg?.facts?.title ?? '', root: plan.root, targets: [...options.targets] };
  return { ...poolConfig(options), ...(ref ? { register: ref } : {}), collection };
}

/**
 * Runs the plan's documents. Those whose ids clash, and all of them when the register has errors,
 * are checked but not written; a clash is reported on each document of it that passed the gate
 * (one refused by the gate has no id to speak of).
 */
async function runPlanned({ plan, config, pool, options, ctx, blocked }: PlannedRun): Promise<Map<string, DocumentOutcome>> {
  const byFile = new Map(plan.docs.map((d) => [d.file, d]));
  const ran = await runDocuments(plan.docs.map((d) => d.file), config, options, options.onProgress, async (input, dispatch): Promise<DocumentOutcome> => {
    const doc = byFile.get(input.file)!;
    const clash = plan.clashes.get(doc.key);
    if (!blocked && !clash) return buildDocument(input, dispatch, ctx, doc);
    const result = input.diagnostic ? { file: input.file, diagnostics: [input.diagnostic] } : (await dispatch({ kind: 'validate' })).result;
    if (clash && !result.diagnostics.some((d) => d.source === 'xml' && d.severity === 'error')) result.diagnostics.unshift(clash);
    return { result, written: [] };
  }, pool);
  return new Map(plan.docs.map((d, i) => [d.key, ran[i]]));
}
