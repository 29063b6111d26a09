/**
 * `teikit build`: options → library call → report → exit code. With --watch it keeps running and
 * reports each rebuild.
 */
import { totals } from '../diagnostics/diagnostic.js';
import { build, type BuildOptions, type BuildRun } from '../pipeline/build.js';
import { getReporter } from '../reporters/index.js';
import { TARGET_NAMES, type TargetName } from '../targets/types.js';
import { handleFailure } from './failure.js';
import { type CliIo, useColor } from './io.js';
import { progressLine } from './progress.js';

/** Options of `teikit build`, as commander parses them. */
export interface BuildCliOptions {
  out: string;
  targets: string;
  format: string;
  schema?: string;
  rules?: string;
  cache?: boolean;
  watch?: boolean;
  shard?: string;
  merge?: string[];
  jobs?: number;
  debug?: boolean;
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
      io.err(`teikit: Unexpected target \`${unknown.join(',')}\`, expected some of ${TARGET_NAMES.join(', ')}\n`);
      return 2;
    }
    const options: BuildOptions = {
      out: opts.out,
      targets: targets as TargetName[],
      schema: opts.schema,
      rules: opts.rules,
      shard: opts.shard,
      merge: opts.merge,
      cache: opts.cache,
      jobs: opts.jobs,
      onProgress: progressLine(),
    };
    const report = (run: BuildRun) => io.out(getReporter(opts.format)(run.results, { color: useColor() }));
    if (opts.watch) return await watchUntilSignal(paths, options, report, io);
    const run = await build(paths, options);
    report(run);
    if (run.unreadable.length) return 2;
    return totals(run.results).errors > 0 ? 1 : 0;
  } catch (err) {
    return handleFailure(err, io, opts.debug);
  }
}

async function watchUntilSignal(paths: string[], options: BuildOptions, report: (r: BuildRun) => void, io: CliIo): Promise<number> {
  const { watchBuild } = await import('../pipeline/watch.js');
  const watcher = await watchBuild(paths, options, (run) => {
    if (run instanceof Error) io.err(`teikit: ${run.message}\n`);
    else report(run);
    io.err(`teikit: watching ${paths.join(', ')} (Ctrl-C to stop)\n`);
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await watcher.close();
  return 0;
}
