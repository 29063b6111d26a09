/**
 * Where a finding is, for a human reading the baseline: the path from the nearest ancestor with an
 * `xml:id` (`id('p12')/persName[2]`), which survives edits elsewhere in the document better than
 * a line number; from the root (`/TEI/text/body/div[2]`) when no ancestor has one. `[1]` is left
 * out; elements outside the TEI namespace keep `Q{uri}`.
 */
import { readFile } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lineStarts, positionAt } from '../xml/positions.js';

const TEI = 'http://www.tei-c.org/ns/1.0';

interface Element {
  step: string;
  parent: number;
  id?: string;
  line: number;
  column: number;
}

function elements(text: string): Element[] {
  const out: Element[] = [];
  const stack: number[] = [];
  const counts: Map<string, number>[] = [new Map()];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const starts = lineStarts(text);
  parser.on('opentag', (node) => {
    const at = positionAt(starts, text.lastIndexOf('<', parser.position - 1));
    const name = node.uri === TEI ? node.local : node.uri ? `Q{${node.uri}}${node.local}` : node.local;
    const siblings = counts[counts.length - 1];
    const n = (siblings.get(name) ?? 0) + 1;
    siblings.set(name, n);
    const id = node.attributes['xml:id'];
    out.push({ step: n > 1 ? `${name}[${n}]` : name, parent: stack.length ? stack[stack.length - 1] : -1, ...(id ? { id: typeof id === 'string' ? id : id.value } : {}), line: at.line, column: at.column });
    stack.push(out.length - 1);
    counts.push(new Map());
  });
  parser.on('closetag', () => {
    stack.pop();
    counts.pop();
  });
  try {
    parser.write(text).close();
  } catch {
    // A document that is not well-formed has its elements up to the error.
  }
  return out;
}

function pathOf(list: readonly Element[], i: number): string {
  const steps: string[] = [];
  for (let at = i; at >= 0; at = list[at].parent) {
    if (list[at].id !== undefined) return `id('${list[at].id}')${steps.length ? `/${steps.reverse().join('/')}` : ''}`;
    steps.push(list[at].step);
  }
  return `/${steps.reverse().join('/')}`;
}

/**
 * The element path of each finding (undefined where the file cannot be read).
 * @param file the document.
 * @param diagnostics its findings, with the positions of their elements' start tags.
 */
export async function elementPaths(file: string, diagnostics: readonly Diagnostic[]): Promise<(string | undefined)[]> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return diagnostics.map(() => undefined);
  const list = elements(text);
  return diagnostics.map((d) => {
    let best = -1;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e.line > d.line || (e.line === d.line && e.column > d.column)) break;
      best = i;
    }
    return best < 0 ? undefined : pathOf(list, best);
  });
}
