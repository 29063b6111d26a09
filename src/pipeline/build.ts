/**
 * `build`: validate each document, render it to every requested target and commit its outputs
 * together, then the collection index and the manifest. Each document stands alone: one that has
 * errors, cannot be read, rendered or written, or runs out of time is reported and writes nothing
 * (its earlier outputs stay as they were), and the others are built. Unchanged documents are
 * skipped (see manifest.ts).
 */
import { readFile, readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { collectionFiles, TARGET_NAMES, type TargetName, type TextOptions } from '../targets/index.js';
import { type BuildContext, buildDocument, commitOutputs, type DocumentOutcome } from './build-document.js';
import { configKey, type Manifest, MANIFEST_NAME, manifestText, readManifest } from './manifest.js';
import { FileIdentities } from './out-folder.js';
import { type DocumentRunOptions, runDocuments } from './run-documents.js';
import { selectFiles } from './select.js';
import type { ValidateOptions } from './validate.js';
import { sweepStaleTemps } from './write.js';

/** Options of `build`; every one has the CLI's default. */
export interface BuildOptions extends ValidateOptions, DocumentRunOptions {
  /** The output folder; default `dist`. */
  out?: string;
  /** Default every target (`html`, `text`, `json`). */
  targets?: readonly TargetName[];
  /** `k/n`: only the k-th of n stable slices of the file list. */
  shard?: string;
  /** False rebuilds every document. Default true. */
  cache?: boolean;
  /** Plain-text options (`--text-header`, `--notes`). */
  text?: TextOptions;
  /** Progress callback (the CLI shows it on a TTY). */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** What a build did. */
export interface BuildRun {
  /** One result per document, and one per collection file that could not be written. */
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
 * @throws Error for an empty output folder name, a bad shard, or a schema or rules that cannot be loaded.
 */
export async function build(paths: readonly string[], options: BuildOptions = {}): Promise<BuildRun> {
  const out = options.out ?? 'dist';
  if (!out.trim()) throw new Error('Unexpected empty output folder name, expected a folder (`--out dist`)');
  const targets = options.targets ?? TARGET_NAMES;
  // 1. Find the documents; no output may replace one of them.
  const { files, unreadable } = await selectFiles(paths, options.shard);
  const inputs = new FileIdentities();
  for (const f of files) await inputs.add(f);
  // 2. What a build killed mid-write left beside the outputs (only teikit's temporary names).
  const real = await realpath(out).catch(() => undefined);
  if (real) for (const dir of [real, join(real, 'assets')]) await sweepStaleTemps(dir);
  // 3. The manifest of the last build, under the key of everything besides the documents.
  const key = await buildKey({ ...options, targets });
  const manifest: Manifest = options.cache === false ? { key, documents: {} } : await readManifest(out, key);
  // 4. Each document: read, skip or check and render in a worker, commit its outputs.
  const ctx: BuildContext = { out, targets, text: options.text, manifest: options.cache === false ? undefined : manifest, inputs };
  const config = { checks: true, schema: options.schema, rules: options.rules, bundledRules: options.bundledRules, severities: options.severities, limits: options.limits };
  const outcomes = await runDocuments(files, config, options, options.onProgress, (input, dispatch) => buildDocument(input, dispatch, ctx));
  // 5. The manifest records what was built; the results report every document.
  for (const o of outcomes) {
    if (o.entry && !o.skipped) manifest.documents[o.result.file] = { hash: o.hash!, written: o.written, diagnostics: o.result.diagnostics, entry: o.entry };
  }
  const results = outcomes.map((o) => o.result);
  reportDuplicateIds(manifest, results);
  // 6. The collection's index and assets, then the manifest, each committed on its own.
  const written = outcomes.flatMap((o) => o.written);
  const entries = Object.values(manifest.documents).map((d) => d.entry).sort((a, b) => (a.id < b.id ? -1 : 1));
  const shared = [{ file: join(out, 'index.html'), files: collectionFiles(entries) }, { file: join(out, MANIFEST_NAME), files: [{ name: MANIFEST_NAME, content: manifestText(manifest) }] }];
  for (const s of shared) {
    const problem = await commitOutputs(s.file, s.files, ctx);
    if (problem) results.push({ file: s.file, diagnostics: [problem] });
    else written.push(...s.files.map((f) => f.name).filter((n) => n !== MANIFEST_NAME));
  }
  return { results: [...unreadable, ...results], unreadable, written, skipped: outcomes.filter((o) => o.skipped).map((o) => o.result.file) };
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
async function buildKey(options: BuildOptions & { targets: readonly TargetName[] }): Promise<string> {
  const parts: (string | Uint8Array)[] = [options.targets.join(','), `text-header=${options.text?.textHeader === true} notes=${options.text?.notes === true}`];
  parts.push(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const dir of ['sef', 'schemas']) {
    const names = (await readdir(`${LIB}${dir}`).catch(() => [] as string[])).sort();
    for (const n of names) parts.push(n, await readFile(`${LIB}${dir}/${n}`));
  }
  const rules = options.rules === undefined ? [] : typeof options.rules === 'string' ? [options.rules] : options.rules;
  parts.push(`bundled rules ${options.bundledRules !== false}`, JSON.stringify(options.severities ?? null));
  for (const user of [options.schema, ...rules]) if (user) parts.push(user, await readFile(user).catch(() => ''));
  return configKey(parts);
}
