/**
 * SARIF rule descriptors (SARIF 2.1.0 §3.49) for the rule ids a run reported. An editorial rule
 * (docs/encoding.md §10) takes its summary, default severity and documentation from the rule registry;
 * any other id (a parser or schema check, a user's own Schematron pattern) from its first
 * diagnostic, with a description naming the check it belongs to.
 */
import type { ReportingDescriptor } from 'sarif';
import type { Diagnostic, DiagnosticSource, Severity } from '../diagnostics/diagnostic.js';
import { ruleInfo } from '../diagnostics/rules.js';
import { absoluteDocUri } from './tool.js';

/** SARIF's name for each severity (§3.27.10). */
export const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const CHECK: Record<DiagnosticSource, string> = {
  xml: 'XML well-formedness and input limits (the parser gate)',
  relaxng: 'RELAX NG schema validation',
  schematron: 'Schematron rule',
  xslt: 'stylesheet finding',
  io: 'reading the input files',
};

/** The rules of a run, in id order, and where each id sits in that list. */
export interface RuleTable {
  rules: ReportingDescriptor[];
  index: Map<string, number>;
}

/**
 * The descriptor of one rule.
 * @param id the rule id.
 * @param first the first diagnostic with that id.
 * @param docsUrl where the documentation is published (`docs/rules.md#id` resolves against it);
 *   default the package's `homepage`.
 */
export function ruleDescriptor(id: string, first: Diagnostic, docsUrl?: string): ReportingDescriptor {
  const info = ruleInfo(id);
  const summary = info?.summary ?? `\`${id}\`: ${CHECK[first.source]}.`;
  const docs = info?.url ?? first.url;
  const helpUri = docsUrl ? absoluteDocUri(docs, docsUrl) : absoluteDocUri(docs);
  return {
    id,
    shortDescription: { text: summary },
    ...(docs ? { help: { text: `${summary} See ${helpUri ?? `${docs} in the teikit package`}.` } } : {}),
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[info?.severity ?? first.severity] },
    properties: { source: first.source },
  };
}

/**
 * The rule descriptors for the rule ids that occur in a set of diagnostics.
 * @param diagnostics every diagnostic of the run.
 * @param docsUrl where the documentation is published.
 */
export function ruleDescriptors(diagnostics: readonly Diagnostic[], docsUrl?: string): RuleTable {
  const first = new Map<string, Diagnostic>();
  for (const d of diagnostics) if (!first.has(d.ruleId)) first.set(d.ruleId, d);
  const ids = [...first.keys()].sort();
  const rules = ids.map((id) => ruleDescriptor(id, first.get(id) as Diagnostic, docsUrl));
  return { rules, index: new Map(ids.map((id, i) => [id, i])) };
}
