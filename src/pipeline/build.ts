/**
 * `build`: validate each document, render it to every requested target and write the outputs
 * atomically, then the collection index and the manifest. A document with errors is not written:
 * its earlier outputs stay as they were. Unchanged documents are skipped (see manifest.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { collectionFiles, type IndexEntry, type TargetName, type TextOptions } from '../targets/index.js';
import type { DocumentJob, DocumentOutcome } from './document-job.js';
import { configKey, contentHash, isFresh, type Manifest, readManifest, writeManifest } from './manifest.js';
import { safeOutputPath } from './out-path.js';
import { runJobs } from './pool.js';
import { selectFiles } from './select.js';
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
  /** Plain-text options (`--text-header`, `--notes`). */
  text?: TextOptions;
  /** Progress callback (the CLI shows it on a TTY). */
  onProgress?: (done: number, total: number, file: string) => void;
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
 * Builds the documents under the given paths.
 * @param paths files or folders.
 * @param options output folder, targets, schema, rules, cache, shard, threads.
 */
export async function build(paths: readonly string[], options: BuildOptions): Promise<BuildRun> {
  const { files, unreadable } = await selectFiles(paths, options.shard);
  // What a build killed mid-write left beside the outputs (never a file under an output's name).
  for (const dir of [options.out, join(options.out, 'assets')]) await sweepStaleTemps(dir);
  const key = await buildKey(options);
  const manifest: Manifest = options.cache === false ? { key, documents: {} } : await readManifest(options.out, key);
  const jobs: DocumentJob[] = [];
  const hashes = new Map<string, string>();
  const outcomes = new Map<string, DocumentOutcome>();
  const skipped: string[] = [];
  const fromManifest = new Set<string>();
  for (const file of files) {
    const hash = contentHash(await readFile(file).catch(() => ''));
    hashes.set(file, hash);
    const fresh = options.cache === false ? undefined : isFresh(manifest, options.out, file, hash);
    if (fresh) {
      outcomes.set(file, { result: { file, diagnostics: fresh.diagnostics }, written: [], entry: fresh.entry });
      skipped.push(file);
      fromManifest.add(file);
    } else {
      jobs.push({ file, options: { schema: options.schema, rules: options.rules, limits: options.limits, out: options.out, targets: options.targets, text: options.text } });
    }
  }
  const ran = await runJobs(jobs, { jobs: options.jobs, onDone: options.onProgress });
  ran.forEach((o, i) => outcomes.set(jobs[i].file, o));

  for (const [file, o] of outcomes) {
    if (!o.entry || fromManifest.has(file)) continue;
    manifest.documents[file] = { hash: hashes.get(file)!, written: o.written, diagnostics: o.result.diagnostics, entry: o.entry };
  }
  const results = files.map((f) => outcomes.get(f)!.result);
  reportDuplicateIds(manifest, results);
  const entries = Object.values(manifest.documents).map((d) => d.entry).sort((a, b) => (a.id < b.id ? -1 : 1));
  const written = ran.flatMap((o) => o.written);
  for (const f of collectionFiles(entries)) {
    await writeAtomic(safeOutputPath(options.out, f.name), f.content);
    written.push(f.name);
  }
  await writeManifest(options.out, manifest);
  return { results: [...unreadable, ...results], unreadable, written, skipped };
}

/** Two documents with one id would overwrite each other's outputs: an error on the later one. */
function reportDuplicateIds(manifest: Manifest, results: FileResult[]): void {
  const seen = new Map<string, string>();
  for (const [file, d] of Object.entries(manifest.documents)) {
    const first = seen.get(d.entry.id);
    if (first === undefined) {
      seen.set(d.entry.id, file);
      continue;
    }
    const r = results.find((x) => x.file === file);
    const diag: Diagnostic = { file, line: 1, column: 1, severity: 'error', ruleId: 'build-duplicate-id', source: 'io', message: `Unexpected document id \`${d.entry.id}\` already used by \`${first}\`, expected ids unique in the collection` };
    r?.diagnostics.push(diag);
  }
}

/** What the outputs depend on besides the documents: version, compiled assets, schema, rules, targets. */
async function buildKey(options: BuildOptions): Promise<string> {
  const parts: (string | Uint8Array)[] = [options.targets.join(','), `text-header=${options.text?.textHeader === true} notes=${options.text?.notes === true}`];
  parts.push(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const dir of ['sef', 'schemas']) {
    const names = (await readdir(`${LIB}${dir}`).catch(() => [] as string[])).sort();
    for (const n of names) parts.push(n, await readFile(`${LIB}${dir}/${n}`));
  }
  for (const user of [options.schema, options.rules]) if (user) parts.push(user, await readFile(user).catch(() => ''));
  return configKey(parts);
}
