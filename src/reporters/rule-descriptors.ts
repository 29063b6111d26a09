/**
 * SARIF rule descriptors (SARIF 2.1.0 §3.49) for the rule ids a run reported. The id, its default
 * level and its documentation come from the diagnostics themselves: the first diagnostic of a rule
 * gives its level and `url`; the short description names the rule and the check it belongs to.
 */
import type { ReportingDescriptor } from 'sarif';
import type { Diagnostic, DiagnosticSource, Severity } from '../diagnostics/diagnostic.js';

/** SARIF's name for each severity (§3.27.10). */
export const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const CHECK: Record<DiagnosticSource, string> = {
  xml: 'XML well-formedness and input limits (the parser gate)',
  relaxng: 'RELAX NG schema validation',
  schematron: 'Schematron editorial rule',
  xslt: 'stylesheet finding',
  io: 'reading the input files',
};

/** The rules of a run, in id order, and where each id sits in that list. */
export interface RuleTable {
  rules: ReportingDescriptor[];
  index: Map<string, number>;
}

/**
 * The rule descriptors for the rule ids that occur in a set of diagnostics.
 * @param diagnostics every diagnostic of the run.
 */
export function ruleDescriptors(diagnostics: readonly Diagnostic[]): RuleTable {
  const first = new Map<string, Diagnostic>();
  for (const d of diagnostics) if (!first.has(d.ruleId)) first.set(d.ruleId, d);
  const ids = [...first.keys()].sort();
  const rules = ids.map((id): ReportingDescriptor => {
    const d = first.get(id) as Diagnostic;
    return {
      id,
      shortDescription: { text: `\`${id}\`: ${CHECK[d.source]}` },
      ...(d.url ? { helpUri: d.url } : {}),
      defaultConfiguration: { level: LEVEL[d.severity] },
      properties: { source: d.source },
    };
  });
  return { rules, index: new Map(ids.map((id, i) => [id, i])) };
}
