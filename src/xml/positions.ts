/**
 * Maps nodes back to where they stand in the source. Built during the one saxes parse, it answers
 * the XPaths that Schematron and the stylesheets report (`path()` form:
 * `/Q{ns}TEI[1]/Q{ns}text[1]/@ref`) with the line and column of the element's start tag.
 */
import { xpathSteps } from '../diagnostics/xpath.js';

/** Where something stands in a text. */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

/** Element positions in document order, with their parents and expanded names. */
export class PositionIndex {
  private readonly names: string[] = [];
  private readonly parents: number[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];
  private tree?: { roots: number[]; of: number[][] };

  /**
   * Records an element's start tag.
   * @param name the expanded name, `Q{namespace}local`.
   * @param parent the index of the parent element, or -1 for the root.
   * @param at where the `<` of the start tag stands.
   * @returns the element's index.
   */
  add(name: string, parent: number, at: Position): number {
    this.names.push(name);
    this.parents.push(parent);
    this.lines.push(at.line);
    this.columns.push(at.column);
    this.tree = undefined;
    return this.names.length - 1;
  }

  /**
   * The start-tag position of a recorded element.
   * @param index what `add` returned.
   */
  positionOf(index: number): Position {
    return { line: this.lines[index], column: this.columns[index] };
  }

  /** Number of elements recorded. */
  get size(): number {
    return this.names.length;
  }

  /**
   * The position of the element an XPath points at (for an attribute, text or comment step, the
   * element that holds it). Unknown paths fall back to the deepest element that matched.
   * @param path an XPath in the form `fn:path()` returns.
   */
  locate(path: string): Position {
    const kids = this.childLists();
    let current = -1;
    let list = kids.roots;
    for (const step of xpathSteps(path).filter(Boolean)) {
      const m = /^(Q\{[^}]*\}[^[]+|[^[/@]+)\[(\d+)\]$/.exec(step);
      if (!m) break;
      const name = m[1].startsWith('Q{') ? m[1] : `Q{}${m[1]}`;
      let seen = 0;
      let found = -1;
      for (const c of list) {
        if (this.names[c] === name && ++seen === Number(m[2])) {
          found = c;
          break;
        }
      }
      if (found < 0) break;
      current = found;
      list = kids.of[found];
    }
    if (current < 0) return { line: 1, column: 1 };
    return { line: this.lines[current], column: this.columns[current] };
  }

  private childLists(): { roots: number[]; of: number[][] } {
    if (!this.tree) {
      const of: number[][] = this.names.map(() => []);
      const roots: number[] = [];
      this.parents.forEach((p, i) => (p < 0 ? roots.push(i) : of[p].push(i)));
      this.tree = { roots, of };
    }
    return this.tree;
  }
}

/**
 * Line starts of a text, for turning offsets into positions. A line ends at `\n`, `\r\n` or a
 * lone `\r`, as XML 1.0 §2.11 normalises them (and as saxes counts lines).
 * @param text the decoded document.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * The 1-based line and column of a UTF-16 offset.
 * @param starts the result of `lineStarts`.
 * @param offset an index into the text.
 */
export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
