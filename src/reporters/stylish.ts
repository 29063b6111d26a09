import { totals } from '../diagnostics/diagnostic.js';
import type { Reporter } from './types.js';

/** `--format stylish`: grouped by file, one line per finding, and a summary line. */
export const stylish: Reporter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.diagnostics.length) continue;
    lines.push(r.file);
    for (const d of r.diagnostics) {
      lines.push(`  ${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.ruleId}`);
    }
    lines.push('');
  }
  const t = totals(results);
  lines.push(`${t.errors} errors, ${t.warnings} warnings in ${t.files} files`);
  return `${lines.join('\n')}\n`;
};
