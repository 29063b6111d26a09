/**
 * `teikit build`: options → library call → report → exit code.
 */
import { totals } from '../diagnostics/diagnostic.js';
import { build } from '../index.js';
import { getReporter } from '../reporters/index.js';
import { TARGET_NAMES, type TargetName } from '../targets/types.js';
import { handleFailure } from './failure.js';
import { type CliIo, useColor } from './io.js';

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
    const run = await build(paths, { out: opts.out, targets: targets as TargetName[], schema: opts.schema, rules: opts.rules, shard: opts.shard });
    io.out(getReporter(opts.format)(run.results, { color: useColor() }));
    if (run.unreadable.length) return 2;
    return totals(run.results).errors > 0 ? 1 : 0;
  } catch (err) {
    return handleFailure(err, io, opts.debug);
  }
}
