/**
 * `teikit build`: options → library call → report → exit code. With --watch it keeps running and
 * reports each rebuild.
 */
import { build, type BuildOptions, type BuildRun } from '../build/build.js';
import { getReporter } from '../reporters/index.js';
import { TARGET_NAMES, type TargetName } from '../targets/types.js';
import { handleFailure, teikitLine } from './failure.js';
import { type CliIo, useColor } from './io.js';
import { progressLine } from './progress.js';
import { finish } from './finish.js';
import { loadSettings, prepare, type SharedCliOptions } from './setup.js';

/** Options of `teikit build`, as commander parses them. */
export interface BuildCliOptions extends SharedCliOptions {
  /** Unset: the configuration's `out`, else `dist`. */
  out?: string;
  targets: string;
  cache?: boolean;
  watch?: boolean;
  /** `--merge <dirs...>`: merge shard builds instead of building. */
  merge?: string[];
  jobs?: number;
  /** Plain text: the header block. */
  textHeader?: boolean;
  /** Plain text: the notes at the end. */
  notes?: boolean;
}

/**
 * Runs `teikit build`.
 * @param paths files or folders.
 * @param opts parsed options.
 * @param io output streams.
 */
export async function runBuild(paths: string[], opts: BuildCliOptions, io: CliIo): Promise<number> {
  try {
    const targets = opts.targets.split(',').map((t) => t.trim()).filter(Boolean);
    const unknown = targets.filter((t) => !TARGET_NAMES.includes(t as TargetName));
    if (unknown.length || !targets.length) {
      io.err(teikitLine(`Unexpected target \`${unknown.join(',')}\`, expected some of ${TARGET_NAMES.join(', ')}`));
      return 2;
    }
    if (opts.merge) return await runMerge(opts, targets as TargetName[], io);
    const prepared = await prepare(paths, opts, { out: opts.out }, io);
    if (typeof prepared === 'number') return prepared;
    const { settings, inputs } = prepared;
    const options: BuildOptions = {
      out: settings.out,
      targets: targets as TargetName[],
      schema: settings.schema,
      rules: settings.rules,
      bundledRules: settings.bundledRules,
      severities: settings.severities,
      baseUrl: settings.baseUrl,
      ...(settings.register ? { registerFile: settings.register } : {}),
      cache: opts.cache,
      jobs: opts.jobs,
      text: { textHeader: opts.textHeader === true, notes: opts.notes === true },
      onProgress: progressLine(),
    };
    const report = (run: BuildRun) => io.out(getReporter(opts.format)(run.results, { color: useColor(), quiet: opts.quiet, docsUrl: settings.docsUrl }));
    if (opts.watch) return await watchUntilSignal(paths, { ...options, shard: opts.shard }, report, io);
    // The files selected (ignore, --changed, --shard); the paths as named find the register.
    const run = await build(inputs.files, { ...options, shard: opts.shard, roots: paths, changed: prepared.changed !== undefined });
    const results = [...inputs.unreadable, ...run.results];
    // A baseline is for `validate`: a build does not write a document with errors, baselined or not.
    return await finish('build', { results, unreadable: inputs.unreadable.length + run.unreadable.length, note: inputs.note }, opts, { ...settings, baseline: undefined }, {}, io);
  } catch (err) {
    return handleFailure(err, io, opts.debug);
  }
}

/** `build --merge <dirs...>`: the shards' outputs into `--out`, then the collection pages. */
async function runMerge(opts: BuildCliOptions, targets: TargetName[], io: CliIo): Promise<number> {
  const settings = await loadSettings(opts, { out: opts.out });
  const options: BuildOptions = { out: settings.out, targets, schema: settings.schema, rules: settings.rules, bundledRules: settings.bundledRules, severities: settings.severities, baseUrl: settings.baseUrl, text: { textHeader: opts.textHeader === true, notes: opts.notes === true }, merge: opts.merge };
  const run = await build([], options);
  return await finish('build', { results: run.results, unreadable: 0 }, opts, { ...settings, baseline: undefined }, {}, io);
}

async function watchUntilSignal(paths: string[], options: BuildOptions, report: (r: BuildRun) => void, io: CliIo): Promise<number> {
  const { watchBuild } = await import('../build/watch.js');
  const watcher = await watchBuild(paths, options, (run) => {
    if (run instanceof Error) io.err(teikitLine(run.message));
    else report(run);
    io.err(teikitLine(`watching ${paths.join(', ')} (Ctrl-C to stop)`));
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await watcher.close();
  return 0;
}
