/**
 * `teikit transform <file> --to <target>`: prints one document in one format, or writes it. An
 * output file that is the input (by name, link or hard link) is refused before any work.
 */
import { resolve } from 'node:path';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { transform } from '../index.js';
import { OutputIsInputError, refuseOverwrite } from '../io/out-folder.js';
import { writeAtomic } from '../io/write.js';
import { getReporter } from '../reporters/index.js';
import type { TargetName } from '../targets/types.js';
import { isRunFailure } from './exit.js';
import { handleFailure } from './failure.js';
import type { CliIo } from './io.js';

/** Options of `teikit transform`, as commander parses them. */
export interface TransformCliOptions {
  to: TargetName;
  view: 'reading' | 'diplomatic';
  width: number;
  output?: string;
  /** Plain text: the header block. */
  textHeader?: boolean;
  /** Plain text: the notes at the end. */
  notes?: boolean;
  debug?: boolean;
}

/**
 * Runs `teikit transform`. Diagnostics go to stderr, the output to stdout or `-o`.
 * @param file the document.
 * @param opts parsed options.
 * @param io output streams.
 */
export async function runTransform(file: string, opts: TransformCliOptions, io: CliIo): Promise<number> {
  try {
    if (opts.output !== undefined) {
      const refused = await refuseOverwrite(resolve(opts.output), file).then(
        () => undefined,
        (err: unknown) => (err instanceof OutputIsInputError ? err : Promise.reject(err)),
      );
      if (refused) return report(io, { file, diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'output-is-input', source: 'io', message: refused.message }] });
    }
    const { output, result } = await transform({ file, to: opts.to, view: opts.view, width: opts.width, textHeader: opts.textHeader, notes: opts.notes });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (output === undefined || errors.length) return report(io, result);
    if (result.diagnostics.length) io.err(getReporter('stylish')([result], { color: false }));
    if (opts.output) await writeAtomic(resolve(opts.output), output);
    else io.out(output);
    return 0;
  } catch (err) {
    return handleFailure(err, io, opts.debug);
  }
}

/** Prints a result that stops the command; 2 when the command could not do its work, else 1. */
function report(io: CliIo, result: FileResult): number {
  io.err(getReporter('stylish')([result], { color: false }));
  return result.diagnostics.some(isRunFailure) ? 2 : 1;
}
