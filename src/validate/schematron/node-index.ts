/**
 * The two maps through which the compiled rules find the nodes each pattern visits
 * (xslt/schematron/candidates.xsl): the elements of the document by local name, and the elements
 * that carry an attribute by the attribute's local name, each in document order. One walk over the
 * SaxonJS tree in JavaScript (tens of milliseconds on 10 MB) replaces the stylesheet's own
 * grouping of every element and attribute (about half a second on SaxonJS).
 */
import type { SaxonNode } from 'saxon-js';

/** A node of SaxonJS's tree, as far as the walk reads it (SaxonJS keeps a DOM on Node.js). */
interface DomNode {
  nodeType: number;
  localName?: string;
  firstChild?: DomNode | null;
  nextSibling?: DomNode | null;
  attributes?: ArrayLike<{ localName: string }>;
}

/** Local name (prefixed with `#`) → nodes, as the generated stylesheet takes it. */
export type NodeMap = Record<string, DomNode[]>;

/** The two maps. */
export interface NodeIndex {
  elements: NodeMap;
  owners: NodeMap;
}

/**
 * Indexes a document's elements. The keys carry a `#` so that no local name (`constructor`,
 * `hasOwnProperty`) meets a property of JavaScript objects when SaxonJS converts the maps.
 * @param tree the SaxonJS document.
 */
export function nodeIndex(tree: SaxonNode): NodeIndex {
  const elements: NodeMap = {};
  const owners: NodeMap = {};
  const stack: DomNode[] = [];
  let node = (tree as unknown as DomNode).firstChild ?? null;
  while (node) {
    if (node.nodeType === 1) {
      const key = `#${node.localName}`;
      (Object.hasOwn(elements, key) ? elements[key] : (elements[key] = [])).push(node);
      const attributes = node.attributes;
      for (let i = 0; attributes && i < attributes.length; i++) {
        const name = `#${attributes[i].localName}`;
        const list = Object.hasOwn(owners, name) ? owners[name] : (owners[name] = []);
        // Two attributes of one local name (`ref`, `x:ref`) list their element once.
        if (list[list.length - 1] !== node) list.push(node);
      }
      if (node.firstChild) {
        stack.push(node);
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) node = stack.pop() ?? null;
    node = node?.nextSibling ?? null;
  }
  return { elements, owners };
}
