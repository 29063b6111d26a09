/**
 * The job summary of a run (GitHub's `$GITHUB_STEP_SUMMARY` takes Markdown): a table of files,
 * errors, warnings and baselined findings, then the most frequent rules with links to their
 * documentation, and the baselined findings that no longer occur.
 */
import { type FileResult, totals } from '../diagnostics/diagnostic.js';
import { ruleInfo } from '../diagnostics/rules.js';
import { absoluteDocUri } from '../reporters/tool.js';
import type { Fixed } from '../baseline/match.js';

/** How many rules the summary lists. */
export const TOP_RULES = 10;

const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/** What the summary says beside the results. */
export interface SummaryOptions {
  /** The command, for the heading. */
  command: string;
  /** Where the rule documentation is published. */
  docsUrl?: string;
  fixed?: readonly Fixed[];
  /** Why no document was checked (an empty shard, nothing changed). */
  note?: string;
}

/**
 * The Markdown summary of a run.
 * @param results every finding of the run (before `--quiet`).
 * @param o heading, documentation base, fixed baseline entries.
 */
export function markdownSummary(results: readonly FileResult[], o: SummaryOptions): string {
  const t = totals(results);
  const verdict = t.errors ? '❌' : '✅';
  const lines = [
    `### ${verdict} teikit ${o.command}`,
    '',
    '| Files | Errors | Warnings | Baselined |',
    '| ---: | ---: | ---: | ---: |',
    `| ${t.files} | ${t.errors} | ${t.warnings} | ${t.baselined} |`,
  ];
  if (o.note) lines.push('', cell(o.note));
  const counts = new Map<string, { errors: number; warnings: number; url?: string }>();
  for (const d of results.flatMap((r) => r.diagnostics)) {
    if (d.baselined || d.severity === 'info') continue;
    const c = counts.get(d.ruleId) ?? { errors: 0, warnings: 0, url: ruleInfo(d.ruleId)?.url ?? d.url };
    c[d.severity === 'error' ? 'errors' : 'warnings']++;
    counts.set(d.ruleId, c);
  }
  const top = [...counts].sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || (a < b ? -1 : 1)).slice(0, TOP_RULES);
  if (top.length) {
    lines.push('', `| Rule${counts.size > TOP_RULES ? ` (${TOP_RULES} most frequent of ${counts.size})` : ''} | Errors | Warnings |`, '| --- | ---: | ---: |');
    for (const [id, c] of top) {
      const href = absoluteDocUri(c.url, o.docsUrl);
      lines.push(`| ${href ? `[\`${cell(id)}\`](${href})` : `\`${cell(id)}\``} | ${c.errors} | ${c.warnings} |`);
    }
  }
  if (o.fixed?.length) {
    const n = o.fixed.reduce((s, f) => s + f.recorded - f.found, 0);
    lines.push('', `${n} baselined ${n === 1 ? 'finding no longer occurs' : 'findings no longer occur'}: run \`teikit validate --update-baseline\` to shrink the baseline.`);
  }
  return `${lines.join('\n')}\n`;
}
