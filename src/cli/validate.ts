/**
 * `teikit validate`: options → library call → report → exit code.
 */
import { totals } from '../diagnostics/diagnostic.js';
import { validate } from '../index.js';
import { getReporter } from '../reporters/index.js';
import { type CliIo, useColor } from './io.js';
import { handleFailure } from './failure.js';

/** Options of `teikit validate`, as commander parses them. */
export interface ValidateCliOptions {
  format: string;
  schema?: string;
  rules?: string;
  maxWarnings?: number;
  quiet?: boolean;
  shard?: string;
  jobs?: number;
  debug?: boolean;
}

/**
 * Runs `teikit validate`.
 * @param paths files or folders.
 * @param opts parsed options.
 * @param io output streams.
 */
export async function runValidate(paths: string[], opts: ValidateCliOptions, io: CliIo): Promise<number> {
  try {
    const run = await validate(paths, { schema: opts.schema, rules: opts.rules, shard: opts.shard, jobs: opts.jobs });
    let results = run.results;
    if (opts.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
    io.out(getReporter(opts.format)(results, { color: useColor() }));
    if (run.unreadable.length) return 2;
    const t = totals(results);
    if (t.errors > 0) return 1;
    if (opts.maxWarnings !== undefined && t.warnings > opts.maxWarnings) {
      io.err(`teikit: ${t.warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
      return 1;
    }
    return 0;
  } catch (err) {
    return handleFailure(err, io, opts.debug);
  }
}
