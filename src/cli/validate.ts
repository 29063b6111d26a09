/**
 * `teikit validate`: options → library call → report → exit code (issue 3, Command).
 * Exit codes: 0 no errors; 1 errors, or more warnings than `--max-warnings`; 2 the command could
 * not run (a path that does not exist or cannot be read, no document under the paths, a bad option
 * or configuration, a broken schema). `--quiet` only hides warnings and infos from the report:
 * the summary and `--max-warnings` still count them. Findings recorded in `--baseline` do not fail.
 */
import { validate } from '../index.js';
import { handleFailure } from './failure.js';
import { finish } from './finish.js';
import type { CliIo } from './io.js';
import { progressLine } from './progress.js';
import { prepare, type SharedCliOptions } from './setup.js';

export { errorsOnly, exitStatus } from './status.js';

/** Options of `teikit validate`, as commander parses them. */
export interface ValidateCliOptions extends SharedCliOptions {
  baseline?: string;
  updateBaseline?: boolean;
  jobs?: number;
}

/**
 * Runs `teikit validate`.
 * @param paths files or folders.
 * @param opts parsed options.
 * @param io output streams.
 */
export async function runValidate(paths: string[], opts: ValidateCliOptions, io: CliIo): Promise<number> {
  try {
    const prepared = await prepare(paths, opts, { baseline: opts.baseline }, io);
    if (typeof prepared === 'number') return prepared;
    const { settings, inputs } = prepared;
    const run = await validate(inputs.files, {
      schema: settings.schema,
      rules: settings.rules,
      bundledRules: settings.bundledRules,
      severities: settings.severities,
      jobs: opts.jobs,
      onProgress: progressLine(),
      roots: paths,
      ...(settings.register ? { registerFile: settings.register } : {}),
      narrowed: prepared.changed !== undefined || opts.shard !== undefined,
    });
    const results = [...inputs.unreadable, ...run.results];
    return await finish('validate', { results, unreadable: inputs.unreadable.length + run.unreadable.length, note: inputs.note }, opts, settings, { update: opts.updateBaseline }, io);
  } catch (err) {
    return handleFailure(err, io, opts.debug);
  }
}
