/**
 * The Markdown job summary (issue 14, point 1): the totals table, the most frequent rules with
 * links to their documentation, and the baselined findings that no longer occur.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, FileResult } from '../../src/diagnostics/diagnostic.js';
import { markdownSummary, TOP_RULES } from '../../src/summary/markdown.js';

const d = (ruleId: string, severity: Diagnostic['severity'], extra: Partial<Diagnostic> = {}): Diagnostic => ({ file: 'a.xml', line: 1, column: 1, severity, ruleId, source: 'schematron', message: 'm', ...extra });

describe('markdownSummary', () => {
  it('tables the totals and the rules, linking the editorial rules to their documentation', () => {
    const results: FileResult[] = [
      { file: 'a.xml', diagnostics: [d('ref-resolves', 'error'), d('ref-resolves', 'error'), d('name-has-ref', 'warning'), d('name-has-ref', 'warning', { baselined: true }), d('x|y', 'error')] },
      { file: 'b.xml', diagnostics: [] },
    ];
    const md = markdownSummary(results, { command: 'validate', docsUrl: 'https://example.org/teikit/' });
    expect(md).toBe([
      '### ❌ teikit validate',
      '',
      '| Files | Errors | Warnings | Baselined |',
      '| ---: | ---: | ---: | ---: |',
      '| 2 | 3 | 1 | 1 |',
      '',
      '| Rule | Errors | Warnings |',
      '| --- | ---: | ---: |',
      '| [`ref-resolves`](https://example.org/teikit/docs/rules.md#ref-resolves) | 2 | 0 |',
      '| [`name-has-ref`](https://example.org/teikit/docs/rules.md#name-has-ref) | 0 | 1 |',
      '| `x\\|y` | 1 | 0 |',
      '',
    ].join('\n'));
  });

  it('lists at most the most frequent rules, says what was fixed and why nothing was checked', () => {
    const many = Array.from({ length: TOP_RULES + 3 }, (_, i) => d(`rule-${String(i).padStart(2, '0')}`, 'warning'));
    const md = markdownSummary([{ file: 'a.xml', diagnostics: many }], {
      command: 'build',
      fixed: [{ file: 'a.xml', rule: 'r', message: 'm', recorded: 3, found: 1 }],
      note: 'shard 2/4 holds none of the 1 documents',
    });
    expect(md.startsWith('### ✅ teikit build')).toBe(true);
    expect(md).toContain(`| Rule (${TOP_RULES} most frequent of ${TOP_RULES + 3}) | Errors | Warnings |`);
    expect(md.match(/^\| `rule-/gm)).toHaveLength(TOP_RULES);
    expect(md).toContain('\nshard 2/4 holds none of the 1 documents\n');
    expect(md).toContain('2 baselined findings no longer occur: run `teikit validate --update-baseline` to shrink the baseline.');
  });
});
