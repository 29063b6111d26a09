/**
 * Two parameters of the bundled rules (schemas/edition.sch, "Set by the validator"), found in one
 * walk of the SaxonJS tree: grouping them in the rules took about 1.5 s of a 10 MB report's 5 s of
 * rules, this walk takes a few hundredths of that. The rules compute the same when nobody sets
 * them (another Schematron processor), and tests/schematron/value-owners.test.ts keeps the two equal.
 *
 * - `value-owners`: each value of a watched attribute (no namespace), keyed by `#` and the value
 *   (any value is then a safe property name), with the elements that carry it, in document order.
 * - `text-pointers`: the values that a text-pointer attribute carries inside the text
 *   (`/TEI/text`), each once.
 */
import type { SaxonNode } from 'saxon-js';

/** The rules' `watched-names`. */
const WATCHED = new Set(['ref', 'source', 'ana', 'hand', 'facs', 'who', 'resp', 'rendition', 'corresp', 'target', 'when', 'notBefore', 'notAfter', 'from', 'to']);
/** The rules' `text-pointer-names`. */
const TEXT_POINTERS = new Set(['ref', 'source', 'corresp', 'target', 'ana', 'who']);
const TEI_NS = 'http://www.tei-c.org/ns/1.0';

interface DomNode {
  nodeType: number;
  namespaceURI?: string | null;
  localName?: string;
  firstChild?: DomNode | null;
  nextSibling?: DomNode | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

/** The parameters, as the rules take them. */
export interface ValueOwners {
  'Q{}value-owners': Record<string, DomNode[]>;
  'Q{}text-pointers': string[];
}

/**
 * Walks the tree once.
 * @param tree the document's SaxonJS tree.
 */
export function valueOwners(tree: SaxonNode): ValueOwners {
  const owners: Record<string, DomNode[]> = {};
  const pointers = new Set<string>();
  // Each open element, and whether it is in the text; `text` is a child of a root `TEI`.
  const stack: { node: DomNode; inText: boolean }[] = [];
  let node = (tree as unknown as DomNode).firstChild ?? null;
  while (node) {
    if (node.nodeType === 1) {
      const parent = stack[stack.length - 1];
      const inText = parent
        ? parent.inText || (stack.length === 1 && isTei(parent.node, 'TEI') && isTei(node, 'text'))
        : false;
      const attributes = node.attributes;
      for (let i = 0; attributes && i < attributes.length; i++) {
        const { name, value } = attributes[i];
        if (!WATCHED.has(name)) continue;
        const key = `#${value}`;
        const list = Object.hasOwn(owners, key) ? owners[key] : (owners[key] = []);
        // Two watched attributes of one element with one value list it once.
        if (list[list.length - 1] !== node) list.push(node);
        if (inText && TEXT_POINTERS.has(name)) pointers.add(value);
      }
      if (node.firstChild) {
        stack.push({ node, inText });
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) node = stack.pop()?.node ?? null;
    node = node?.nextSibling ?? null;
  }
  return { 'Q{}value-owners': owners, 'Q{}text-pointers': [...pointers] };
}

function isTei(node: DomNode, local: string): boolean {
  return node.localName === local && node.namespaceURI === TEI_NS;
}
