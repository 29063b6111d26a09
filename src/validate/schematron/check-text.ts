/**
 * Runs compiled rules on a document given as text: the gate, the SaxonJS tree, the rules. For
 * tests, tools and the library API, where no file has been loaded through the pipeline.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { parse } from '../../xml/parse.js';
import { type CompiledRules, validateSchematron } from './validate.js';
import { saxonDocument } from '../../saxon/load.js';

/**
 * Validates one document's text with the rules.
 * @param rules from `loadRules`.
 * @param file the path reported (its base name is the expected `TEI/@xml:id`).
 * @param text the document.
 * @throws Error when the text is not well-formed.
 */
export async function checkText(rules: CompiledRules, file: string, text: string): Promise<Diagnostic[]> {
  const doc = parse(file, text);
  if (!doc.ok) throw new Error(`\`${file}\` is not well-formed: ${doc.diagnostics.map((d) => d.message).join('; ')}`);
  return validateSchematron(rules, doc, await saxonDocument(doc.text));
}

/**
 * One diagnostic as a line of an expected-diagnostics file: `line:column severity ruleId message`.
 * @param d the diagnostic.
 */
export function diagnosticLine(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`;
}
