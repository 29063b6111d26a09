/**
 * `--format stylish` (the default): findings grouped by file, one aligned line each
 * (`  line:column  severity  message  ruleId`), then the summary line
 * `N errors, M warnings in K files` (issue 3, Diagnostics), with `(I infos)` after it when there
 * are any, and how many findings the baseline covers (listed only by the other formats) or
 * `--quiet` hid. Coloured only when asked (the CLI asks on a TTY without NO_COLOR).
 */
import { type Severity, type Totals, totals } from '../diagnostics/diagnostic.js';
import { type Palette, palette } from './ansi.js';
import { printable, visible, width } from './text.js';
import type { Reporter } from './types.js';

/**
 * `count word` with the word in the plural unless the count is one.
 * @param n the count.
 * @param word the singular.
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const pad = (text: string, w: number): string => text + ' '.repeat(Math.max(0, w - width(text)));

function severityStyle(p: Palette, s: Severity): (t: string) => string {
  return s === 'error' ? p.red : s === 'warning' ? p.yellow : p.blue;
}

/**
 * The summary line: what was found, including what `--quiet` hid and what the baseline covers.
 * @param t the totals of the run.
 * @param quiet whether warnings and infos were left out of the listing.
 */
export function summaryLine(t: Totals, quiet = false): string {
  const hidden = (n: number, word: string): string => `${plural(n, word)}${quiet && n ? ' (hidden)' : ''}`;
  let summary = `${plural(t.errors, 'error')}, ${hidden(t.warnings, 'warning')} in ${plural(t.files, 'file')}`;
  const extra = [...(t.infos ? [hidden(t.infos, 'info')] : []), ...(t.baselined ? [`${t.baselined} baselined`] : [])];
  if (extra.length) summary += ` (${extra.join(', ')})`;
  return summary;
}

/** `--format stylish`: grouped by file, one aligned line per finding, and a summary line. */
export const stylish: Reporter = (results, options) => {
  const p = palette(options.color);
  const lines: string[] = [];
  for (const r of results) {
    // Baselined findings are counted, not listed; `--quiet` lists errors only.
    const shown = r.diagnostics.filter((d) => !d.baselined && (!options.quiet || d.severity === 'error'));
    if (!shown.length) continue;
    const rows = shown.map((d) => ({
      at: `${d.line}:${d.column}`,
      severity: d.severity,
      message: printable(d.message),
      ruleId: visible(d.ruleId),
    }));
    const widest = (key: 'at' | 'severity' | 'message'): number => rows.reduce((w, row) => Math.max(w, width(row[key])), 0);
    const [wAt, wSeverity, wMessage] = [widest('at'), widest('severity'), widest('message')];
    lines.push(p.underline(visible(r.file)));
    for (const row of rows) {
      const cells = [
        p.dim(pad(row.at, wAt)),
        severityStyle(p, row.severity)(pad(row.severity, wSeverity)),
        pad(row.message, wMessage),
        p.dim(row.ruleId),
      ];
      lines.push(`  ${cells.join('  ')}`);
    }
    lines.push('');
  }
  const t = totals(results);
  const summary = summaryLine(t, options.quiet);
  const tone = t.errors ? p.red : t.warnings ? p.yellow : p.green;
  lines.push(tone(p.bold(summary)));
  return `${lines.join('\n')}\n`;
};
