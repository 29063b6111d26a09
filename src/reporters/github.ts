/**
 * `--format github`: one GitHub Actions workflow command per finding, so that a CI run annotates
 * the lines it is about (issue 3, Diagnostics):
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<ruleId>::message`.
 * `error` → `::error`, `warning` → `::warning`, `info` → `::notice`. Control and bidi characters
 * of paths, rule ids and messages are shown as `\xNN` / `\u{NNNN}` (`visible`; a message keeps its
 * line breaks, escaped as the runner wants), so no ESC or BEL reaches the log.
 */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { reportPath } from './paths.js';
import { visible } from './text.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escapes the message of a workflow command: `%`, CR and LF.
 * @param text the message.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a property value of a workflow command: as the message, and `:` and `,` too.
 * @param text the value.
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A message as GitHub shows it: its lines kept (an annotation may have several), every other
 * control or bidi character shown by `visible`.
 * @param text the message.
 */
export function visibleLines(text: string): string {
  return text.split(/\r\n?|\n/).map(visible).join('\n');
}

/**
 * The workflow command of one diagnostic.
 * @param d the diagnostic.
 * @param cwd the folder paths are relative to (the repository checkout).
 */
export function workflowCommand(d: Diagnostic, cwd?: string): string {
  const props: [string, string | number | undefined][] = [
    ['file', visible(reportPath(d.file, cwd))],
    ['line', d.line],
    ['col', d.column],
    ['endLine', d.endLine],
    ['endColumn', d.endColumn],
    ['title', visible(d.ruleId)],
  ];
  const list = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${COMMAND[d.severity]} ${list}::${escapeData(visibleLines(d.message))}`;
}

/** `--format github`: GitHub Actions workflow commands, one line per finding (baselined ones are not annotated). */
export const github: Reporter = (results, options) => {
  const lines = results.flatMap((r) => r.diagnostics.filter((d) => !d.baselined).map((d) => workflowCommand(d, options.cwd)));
  return lines.length ? `${lines.join('\n')}\n` : '';
};
