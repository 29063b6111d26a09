/**
 * The document must be TEI: its root element is `TEI` in the TEI namespace (docs/encoding.md §2,
 * "File and root"; TEI Guidelines §1.1, the TEI namespace `http://www.tei-c.org/ns/1.0`). The gate
 * applies this to the root start tag, so a file in no namespace or another vocabulary is named as
 * such once, instead of cascading schema errors.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Position } from './positions.js';

/** The TEI namespace. */
export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/**
 * The diagnostic for a root element that is not `TEI` in the TEI namespace, or undefined.
 * @param file the path to report.
 * @param root the root element's namespace URI (empty for none) and local name.
 * @param at where the root's start tag stands.
 * @param anyTeiElement accept any element of the TEI namespace as root (`teiCorpus`, or a
 *   `surface` or `text` standing alone, as other projects publish them): what `transform` needs.
 */
export function checkRoot(file: string, root: { ns: string; local: string }, at: Position, anyTeiElement = false): Diagnostic | undefined {
  if (root.ns === TEI_NS && (root.local === 'TEI' || anyTeiElement)) return undefined;
  const where = root.ns ? `in namespace \`${root.ns}\`` : 'in no namespace';
  const hint = root.local === 'TEI' && !root.ns ? ' (add `xmlns="http://www.tei-c.org/ns/1.0"`)' : '';
  return {
    file,
    ...at,
    severity: 'error',
    ruleId: 'xml-not-tei',
    source: 'xml',
    message: `Unexpected root element \`${root.local}\` ${where}, expected \`TEI\` in namespace \`${TEI_NS}\`${hint}`,
  };
}
