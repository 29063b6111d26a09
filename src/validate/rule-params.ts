/**
 * The register as the stylesheets and the rules receive it: the register's tree (a document node,
 * never fetched with doc()) and the relative URI by which the document names it. The rules check
 * pointers into it (schemas/edition.sch, ref-resolves and ref-kind); the HTML links them to the
 * collection's index of names.
 */
import type { SaxonNode } from 'saxon-js';
import { type RegisterRef, registerHref } from './register.js';

/**
 * Parameters of the Schematron rules.
 * @param register the run's register and its tree, if any.
 * @param file the document's path.
 */
export function registerRuleParams(register: { ref: RegisterRef; tree: SaxonNode } | undefined, file: string): Record<string, unknown> {
  if (!register) return {};
  return { 'Q{}register': register.tree, 'Q{}register-href': registerHref(register.ref, file) };
}
