/**
 * What a run of the compiled rules found, as plain data (so that it can cross from a worker thread),
 * and its conversion to diagnostics with line:column from the gate's position index. The generated
 * stylesheet returns one `ed:report` holding an `ed:diagnostic` per failed assert or successful
 * report (docs/rules.md, "The compiler").
 */
import { basename } from 'node:path';
import { type Diagnostic, type Severity, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { ruleInfo } from '../../diagnostics/rules.js';
import { readablePath } from '../../diagnostics/xpath.js';
import type { ParsedDocument } from '../../xml/document.js';
import { DIAGNOSTIC_NS } from '../../saxon/run-stylesheet.js';

/** One `ed:diagnostic`, before it has a position. */
export interface Finding {
  ruleId: string;
  /** The assert's or report's own id. */
  id?: string;
  severity: Severity;
  /** `fn:path()` of the node. */
  path: string;
  message: string;
  see?: string;
}

/** What one run of the rules gave: findings, or the error that stopped the rules. */
export type RuleOutcome = { findings: Finding[] } | { failure: string };

interface ResultElement {
  nodeType: number;
  namespaceURI?: string;
  textContent?: string;
  getAttribute(name: string): string | null;
}

/**
 * The findings in the principal result of the generated stylesheet.
 * @param raw the `principalResult` of a `destination: 'raw'` transform.
 */
export function readFindings(raw: unknown): Finding[] {
  const node = Array.isArray(raw) ? raw[0] : raw;
  const n = node as { nodeType?: number; documentElement?: unknown } | undefined;
  const report = n?.nodeType === 9 ? n.documentElement : node;
  const kids = (report as { childNodes?: ArrayLike<ResultElement> } | undefined)?.childNodes;
  const out: Finding[] = [];
  for (const el of kids ? Array.from(kids) : []) {
    if (el.nodeType !== 1 || el.namespaceURI !== DIAGNOSTIC_NS) continue;
    const id = el.getAttribute('id');
    const see = el.getAttribute('see');
    out.push({
      ruleId: el.getAttribute('rule') ?? 'schematron',
      ...(id ? { id } : {}),
      severity: el.getAttribute('severity') as Severity,
      path: el.getAttribute('path') ?? '',
      message: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      ...(see ? { see } : {}),
    });
  }
  return out;
}

/**
 * The message of the diagnostic for rules that failed at run time (a user's XPath dividing by zero).
 * @param rulesPath the `.sch` the rules came from.
 * @param err what SaxonJS threw.
 */
export function failureMessage(rulesPath: string, err: unknown): string {
  const e = err as { message: string; code?: string };
  return `Unexpected error in the rules \`${basename(rulesPath)}\`: ${e.message}${e.code ? ` (${e.code})` : ''}, expected rules that run on every document`;
}

/**
 * Diagnostics with positions, sorted by position (patterns visit their nodes grouped by name, not
 * in document order).
 * @param outcome what the rules gave.
 * @param doc the parsed document, whose position index maps each path to line:column.
 */
export function locateFindings(outcome: RuleOutcome, doc: ParsedDocument): Diagnostic[] {
  if ('failure' in outcome) {
    return [{ file: doc.file, line: 1, column: 1, severity: 'error', ruleId: 'schematron-error', source: 'schematron', message: outcome.failure }];
  }
  return sortDiagnostics(
    outcome.findings.map((f) => {
      const url = f.see || ruleInfo(f.ruleId)?.url;
      return {
        file: doc.file,
        ...doc.positions.locate(f.path),
        severity: f.severity,
        ruleId: f.ruleId,
        source: 'schematron' as const,
        message: f.id && f.id !== f.ruleId ? `${f.message} [${f.id}]` : f.message,
        ...(f.path ? { xpath: readablePath(f.path) } : {}),
        ...(url ? { url } : {}),
      };
    }),
  );
}
