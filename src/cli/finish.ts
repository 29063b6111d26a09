/**
 * What `validate` and `build` do after checking: apply the baseline (or write it), print the
 * report, write the SARIF file and the Markdown summary when asked, list the baselined findings
 * that no longer occur, and decide the exit code.
 */
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyBaseline, type Fixed } from '../baseline/match.js';
import { readBaseline, writeBaseline } from '../baseline/file.js';
import { updatedBaseline } from '../baseline/update.js';
import type { Settings } from '../config/settings.js';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { writeAtomic } from '../io/write.js';
import { getReporter } from '../reporters/index.js';
import { teikitLine } from './failure.js';
import { markdownSummary } from '../summary/markdown.js';
import { type CliIo, useColor } from './io.js';
import type { SharedCliOptions } from './setup.js';
import { errorsOnly, exitStatus } from './status.js';

/** The default baseline file of `--update-baseline`. */
export const DEFAULT_BASELINE = 'teikit-baseline.json';

/** What the run produced. */
export interface Finished {
  /** Every result, unreadable paths first. */
  results: FileResult[];
  /** How many paths could not be read. */
  unreadable: number;
  /** Why no document was checked, if none was. */
  note?: string;
}

/**
 * Reports a run and gives its exit code.
 * @param command `validate` or `build`.
 * @param run the results.
 * @param opts the command's options.
 * @param settings flags over configuration.
 * @param baseline `--baseline` / `--update-baseline` (validate only).
 * @param io output streams.
 */
export async function finish(command: string, run: Finished, opts: SharedCliOptions, settings: Settings, baseline: { update?: boolean }, io: CliIo): Promise<number> {
  let results = run.results;
  let fixed: Fixed[] = [];
  const file = settings.baseline ?? (baseline.update ? DEFAULT_BASELINE : undefined);
  if (file) {
    const previous = await readBaseline(file);
    const checked = results.slice(run.unreadable);
    const current = baseline.update ? await updatedBaseline(checked, previous, file) : previous;
    if (baseline.update) {
      await writeBaseline(file, current);
      io.err(`teikit: wrote the baseline ${file}\n`);
    }
    const applied = applyBaseline(results, current, resolve(file));
    results = applied.results;
    fixed = applied.fixed;
  }
  const options = { color: useColor(), quiet: opts.quiet, docsUrl: settings.docsUrl };
  io.out(getReporter(opts.format)(opts.quiet && opts.format !== 'stylish' ? errorsOnly(results) : results, options));
  if (opts.sarif) await writeAtomic(resolve(opts.sarif), getReporter('sarif')(results, { color: false, docsUrl: settings.docsUrl }));
  if (opts.summary) await appendFile(opts.summary, markdownSummary(results, { command, docsUrl: settings.docsUrl, fixed, note: run.note }));
  if (run.note) io.err(teikitLine(run.note));
  if (fixed.length) io.err(fixedList(fixed));
  const status = exitStatus(results, run.unreadable, opts.maxWarnings);
  if (status.reason) io.err(teikitLine(status.reason));
  return status.code;
}

/** The baselined findings that no longer occur, one line per rule and message. */
function fixedList(fixed: readonly Fixed[]): string {
  const n = fixed.reduce((s, f) => s + f.recorded - f.found, 0);
  const lines = [`teikit: ${n} baselined ${n === 1 ? 'finding no longer occurs' : 'findings no longer occur'}; run with --update-baseline to shrink the baseline:`];
  for (const f of fixed) lines.push(`  ${f.file}  ${f.rule}  ${f.message}  (recorded ${f.recorded}, found ${f.found})`);
  return `${lines.join('\n')}\n`;
}
