/**
 * One mistake, one finding. RELAX NG and Schematron check some of the same things (a date's
 * format, a closed list of values): when the schema has already rejected an attribute's value,
 * the rules' findings about that same attribute on that same element say it again, as do the
 * rules that compare it with other values. Those are dropped; the schema's finding stays.
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

/** The "expected …" of a rule's message, without its assert id: what the schema's datatype does not say. */
function expectation(d: Diagnostic): string | undefined {
  return /, (expected .*?)(?: \[[^\]]+\])?$/s.exec(d.message)?.[1];
}

/**
 * Drops the rule findings that repeat a schema finding at the same place. The schema's finding
 * stays (its rule cannot be turned off, so the document stays invalid whatever the configuration
 * says); when it only said "expected a valid `when`", it takes the rule's more precise words
 * from the rule that checks that attribute itself.
 * @param diagnostics one document's findings.
 */
export function mergeFindings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rejected = new Map<string, string[]>();
  for (const d of diagnostics) {
    const name = rejectedAttribute(d);
    if (name) rejected.set(`${d.line}:${d.column}`, [...(rejected.get(`${d.line}:${d.column}`) ?? []), name]);
  }
  if (!rejected.size) return [...diagnostics];
  const dropped = new Set(diagnostics.filter((d) => (rejected.get(`${d.line}:${d.column}`) ?? []).some((name) => aboutAttribute(d, name))));
  return diagnostics.filter((d) => !dropped.has(d)).map((d) => {
    const name = rejectedAttribute(d);
    if (!name || !d.message.endsWith(`expected a valid \`${name}\``)) return d;
    const direct = [...dropped].find((x) => x.line === d.line && x.column === d.column && x.xpath?.endsWith(`@${name.replace(/^xml:/, '')}`));
    const better = direct && expectation(direct);
    return better ? { ...d, message: `${d.message.slice(0, -`expected a valid \`${name}\``.length)}${better}` } : d;
  });
}
