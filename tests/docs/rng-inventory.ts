/**
 * What a RELAX NG grammar allows, read from the `.rng` files themselves (includes followed): every
 * element name with the attributes it may carry, and the attributes of one named pattern. Used by
 * the encoding guide's coverage test; a small reader for the project's own schema, which names
 * every element and attribute (no name classes, no `anyName`).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SaxesParser } from 'saxes';

const RNG = 'http://relaxng.org/ns/structure/1.0';

/** A node of the grammar: its local name, attributes and children. */
interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}

function parseFile(file: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '#root', attrs: {}, children: [] };
  const stack: Node[] = [root];
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.uri === RNG ? tag.local : `{${tag.uri}}${tag.local}`, attrs: {}, children: [] };
    for (const a of Object.values(tag.attributes)) if (!a.uri) node.attrs[a.local] = a.value;
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => {
    if (t.trim()) stack[stack.length - 1]!.children.push({ name: '#text', attrs: { value: t.trim() }, children: [] });
  });
  parser.write(readFileSync(file, 'utf8')).close();
  return root;
}

/** The defines of a grammar and of every grammar it includes, by name (combined ones merged). */
function defines(file: string, into = new Map<string, Node[]>(), seen = new Set<string>()): Map<string, Node[]> {
  if (seen.has(file)) return into;
  seen.add(file);
  const walk = (n: Node): void => {
    if (n.name === 'include') defines(resolve(dirname(file), n.attrs.href!), into, seen);
    else if (n.name === 'define') into.set(n.attrs.name!, [...(into.get(n.attrs.name!) ?? []), n]);
    else if (n.name !== 'element') n.children.forEach(walk);
  };
  walk(parseFile(file));
  return into;
}

const nameOf = (n: Node): string => n.attrs.name ?? n.children.find((c) => c.name === 'name')?.children[0]?.attrs.value ?? '?';

/** What the grammar allows. */
export interface Inventory {
  /** element name → the attributes it may carry (union over its definitions). */
  elements: Map<string, Set<string>>;
  /** The attributes of a named pattern (e.g. `att.common`), refs followed. */
  attributesOf(define: string): Set<string>;
}

/**
 * Reads a grammar and everything it includes.
 * @param file the top `.rng` file.
 */
export function readInventory(file: string): Inventory {
  const defs = defines(file);
  const elements = new Map<string, Set<string>>();
  // The attributes directly under a pattern (not inside nested elements), refs followed.
  const attrs = (nodes: Node[], out: Set<string>, seen: Set<string>): Set<string> => {
    for (const n of nodes) {
      if (n.name === 'attribute') out.add(nameOf(n));
      else if (n.name === 'ref') {
        const name = n.attrs.name!;
        if (!seen.has(name)) {
          seen.add(name);
          attrs((defs.get(name) ?? []).flatMap((d) => d.children), out, seen);
        }
      } else if (n.name !== 'element') attrs(n.children, out, seen);
    }
    return out;
  };
  const visit = (n: Node): void => {
    if (n.name === 'element') {
      const name = nameOf(n);
      const set = elements.get(name) ?? new Set<string>();
      attrs(n.children, set, new Set());
      elements.set(name, set);
    }
    n.children.forEach(visit);
  };
  for (const list of defs.values()) list.forEach(visit);
  return { elements, attributesOf: (define) => attrs(defs.get(define) ?? [], new Set(), new Set()) };
}
