/**
 * The well-formedness gate: one pass of saxes (a conforming, non-validating parser, XML 1.0 5th
 * edition with Namespaces) over the decoded text. It never loads a DTD or expands an entity beyond
 * the five predefined ones: a DOCTYPE is rejected where it stands (docs/encoding.md §2). Depth and text
 * size are bounded before saxes or SaxonJS can go quadratic or overflow; the root must be TEI. The
 * same pass records element positions and feeds observers (the RELAX NG validator), so the
 * document is parsed once. Positions are 1-based, columns in UTF-16 code units.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type XmlLimits, resolveLimits } from '../xml/limits.js';
import { PositionIndex, type Position, lineStarts, positionAt } from '../xml/positions.js';
import { checkRoot } from './check-root.js';
import { findBadReference, phrase } from './parse-errors.js';

/** Receives the parse events, for checks that run in the same pass. */
export interface ParseObserver {
  /** `at`: the `<` of the start tag. */
  startElement(node: SaxesTagNS, at: Position): void;
  /** `at`: the `<` of the end tag (of the start tag for `<x/>`). */
  endElement(node: SaxesTagNS, at: Position): void;
  /** `at`: the first character of the text (or of `<![CDATA[`). */
  text(text: string, at: Position): void;
  /** Called once after the last event of a well-formed document. */
  end(at: Position): void;
}

/** What the gate learned about a document. */
export interface ParsedDocument {
  file: string;
  text: string;
  /** False when the document is not well-formed, breaks a limit or is not TEI: later stages skip it. */
  ok: boolean;
  diagnostics: Diagnostic[];
  positions: PositionIndex;
  /** Namespace and local name of the root element. */
  root?: { ns: string; local: string };
  /** The root's `xml:id`. */
  id?: string;
}

/** Options of the gate. */
export interface ParseOptions {
  /**
   * `tei` (default): the root must be `TEI` in the TEI namespace; `tei-namespace`: any element of
   * the TEI namespace (for `transform`); `any`: any root (conformance testing).
   */
  root?: 'tei' | 'tei-namespace' | 'any';
}

class Abort extends Error {}

/**
 * Parses a decoded document.
 * @param file the path to report.
 * @param text the decoded text.
 * @param observers checks fed by the same pass (not fed at all when the root is not TEI).
 * @param limits bounds on depth and text size.
 * @param options which roots are accepted.
 */
export function parse(file: string, text: string, observers: ParseObserver[] = [], limits: XmlLimits = resolveLimits(), options: ParseOptions = {}): ParsedDocument {
  const doc: ParsedDocument = { file, text, ok: true, diagnostics: [], positions: new PositionIndex() };
  const starts = lineStarts(text);
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: file });
  const stack: number[] = [];
  const names: string[] = [];
  let feed = observers;
  let markEnd = 0; // just after the last complete piece of markup
  let lastClosed = ''; // saxes sends `closetag` for the element a wrong end tag skips, then errs
  const at = (offset: number): Position => positionAt(starts, offset);
  const tagStart = (): number => text.lastIndexOf('<', parser.position - 1);
  const report = (ruleId: string, message: string, where: Position): void => {
    doc.diagnostics.push({ file, ...where, severity: 'error', ruleId, source: 'xml', message });
    doc.ok = false;
  };
  const fatal = (ruleId: string, message: string, where: Position): never => {
    report(ruleId, message, where);
    throw new Abort();
  };
  const checkText = (length: number, where: Position): void => {
    if (length > limits.maxTextLength) {
      fatal('xml-text-size', `Unexpected text node of ${length} characters, expected at most ${limits.maxTextLength} (raise the limit with TEIKIT_MAX_TEXT)`, where);
    }
  };

  parser.on('xmldecl', () => (markEnd = parser.position));
  parser.on('comment', () => (markEnd = parser.position));
  parser.on('processinginstruction', () => (markEnd = parser.position));
  const rejectDoctype = (): never => {
    const start = text.indexOf('<!DOCTYPE', markEnd);
    return fatal('xml-doctype', 'Unexpected `<!DOCTYPE`, expected no document type declaration (DTDs and entity declarations are never loaded)', at(start < 0 ? markEnd : start));
  };
  parser.on('doctype', rejectDoctype);
  parser.on('opentagstart', () => {
    if (stack.length >= limits.maxDepth) {
      fatal('xml-depth', `Unexpected nesting deeper than ${limits.maxDepth} elements, expected at most ${limits.maxDepth} (raise the limit with TEIKIT_MAX_DEPTH)`, at(tagStart()));
    }
  });
  parser.on('opentag', (node) => {
    const where = at(tagStart());
    markEnd = parser.position;
    if (!stack.length) {
      doc.root = { ns: node.uri, local: node.local };
      const id = node.attributes['xml:id'];
      if (id) doc.id = typeof id === 'string' ? id : id.value;
      const wrong = options.root === 'any' ? undefined : checkRoot(file, doc.root, where, options.root === 'tei-namespace');
      if (wrong) {
        report(wrong.ruleId, wrong.message, where);
        feed = [];
      }
    }
    stack.push(doc.positions.add(`Q{${node.uri}}${node.local}`, stack.length ? stack[stack.length - 1] : -1, where));
    names.push(node.name);
    for (const o of feed) o.startElement(node, where);
  });
  parser.on('closetag', (node) => {
    const where = at(tagStart());
    markEnd = parser.position;
    stack.pop();
    lastClosed = names.pop() ?? '';
    for (const o of feed) o.endElement(node as SaxesTagNS, where);
  });
  parser.on('text', (t) => {
    const where = at(markEnd);
    checkText(t.length, where);
    if (stack.length) for (const o of feed) o.text(t, where);
  });
  parser.on('cdata', (t) => {
    const where = at(Math.max(markEnd, text.indexOf('<![CDATA[', markEnd)));
    markEnd = parser.position;
    checkText(t.length, where);
    for (const o of feed) o.text(t, where);
  });
  parser.on('error', (err) => {
    const offset = Math.max(0, Math.min(parser.position, text.length) - 1);
    const doctype = text.indexOf('<!DOCTYPE', markEnd);
    if (doctype >= 0 && doctype <= offset) rejectDoctype(); // saxes stumbled inside the DOCTYPE
    const ref = findBadReference(text, markEnd, offset + 1);
    if (ref) fatal(ref.ruleId, ref.message, at(ref.offset));
    const back = /[\uDC00-\uDFFF]/.test(text[offset] ?? '') && offset > 0 ? offset - 1 : offset;
    const closing = /^<\/([^\s>]+)/.exec(text.slice(text.lastIndexOf('</', offset), offset + 1))?.[1];
    const char = String.fromCodePoint(text.codePointAt(back) ?? 0x20);
    const open = /unexpected close tag/.test(err.message) ? lastClosed : names[names.length - 1];
    let message = phrase(err.message, { open, char, closing });
    if (/unclosed tag/.test(err.message) && stack.length) {
      const open = doc.positions.positionOf(stack[stack.length - 1]);
      message += ` (the start tag is at line ${open.line}, column ${open.column})`;
    }
    fatal('xml-well-formed', message, at(back));
  });

  try {
    parser.write(text).close();
    if (!doc.root) fatal('xml-well-formed', 'Unexpected end of document, expected a root element', at(text.length));
    if (doc.ok) for (const o of feed) o.end(at(text.length));
  } catch (err) {
    if (!(err instanceof Abort)) throw err;
  }
  return doc;
}
