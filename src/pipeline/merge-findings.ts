/**
 * One mistake, one finding. RELAX NG and Schematron check some of the same things (a date's
 * format, a closed list of values): when the schema has already rejected an attribute's value,
 * the rules' findings about that same attribute on that same element say it again, as do the
 * rules that compare it with other values. Those are dropped; the schema's finding stays, as it
 * names what was expected.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The attribute a schema finding is about: `` Unexpected value "x" of `when` on `date` ``. */
function rejectedAttribute(d: Diagnostic): string | undefined {
  if (d.source !== 'relaxng' || d.ruleId !== 'relaxng-attribute-value') return undefined;
  return /^Unexpected value ".*" of `([^`]+)` on `[^`]+`/s.exec(d.message)?.[1];
}

/** Whether a rule finding is about the attribute: its path ends in it, or its message names it. */
function aboutAttribute(d: Diagnostic, name: string): boolean {
  if (d.source !== 'schematron') return false;
  if (d.xpath && new RegExp(`/@(?:Q\\{[^}]*\\})?${name.replace(/^xml:/, '')}$`).test(d.xpath)) return true;
  return d.message.includes(`@${name}`) || d.message.includes(`\`${name}\``);
}

/**
 * Drops the rule findings that repeat a schema finding at the same place.
 * @param diagnostics one document's findings.
 */
export function mergeFindings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rejected = new Map<string, string[]>();
  for (const d of diagnostics) {
    const name = rejectedAttribute(d);
    if (name) rejected.set(`${d.line}:${d.column}`, [...(rejected.get(`${d.line}:${d.column}`) ?? []), name]);
  }
  if (!rejected.size) return [...diagnostics];
  return diagnostics.filter((d) => !(rejected.get(`${d.line}:${d.column}`) ?? []).some((name) => aboutAttribute(d, name)));
}
