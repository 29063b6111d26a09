/**
 * `teikit transform <file> --to <target>`: prints one document in one format, or writes it.
 */
import { resolve } from 'node:path';
import { transform } from '../index.js';
import { writeAtomic } from '../pipeline/write.js';
import { getReporter } from '../reporters/index.js';
import type { TargetName } from '../targets/types.js';
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
    const { output, result } = await transform({ file, to: opts.to, view: opts.view, width: opts.width, textHeader: opts.textHeader, notes: opts.notes });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (result.diagnostics.length) io.err(getReporter('stylish')([result], { color: false }));
    if (output === undefined || errors.length) return result.diagnostics.some((d) => d.source === 'io') ? 2 : 1;
    if (opts.output) await writeAtomic(resolve(opts.output), output);
    else io.out(output);
    return 0;
  } catch (err) {
    return handleFailure(err, io, opts.debug);
  }
}
