/**
 * The well-formedness gate: one pass of saxes (a conforming, non-validating parser) over the
 * decoded text. It never loads a DTD or expands an entity beyond the five predefined ones: a
 * DOCTYPE is rejected where it stands. Depth and text size are bounded. The same pass records
 * element positions and feeds observers (the RELAX NG validator), so the document is parsed once.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type XmlLimits, resolveLimits } from '../xml/limits.js';
import { PositionIndex, type Position, lineStarts, positionAt } from '../xml/positions.js';

/** Receives the parse events, for checks that run in the same pass. */
export interface ParseObserver {
  startElement(node: SaxesTagNS, at: Position): void;
  endElement(node: SaxesTagNS, at: Position): void;
  text(text: string, at: Position): void;
  /** Called once after the last event of a well-formed document. */
  end(at: Position): void;
}

/** What the gate learned about a document. */
export interface ParsedDocument {
  file: string;
  text: string;
  /** False when the document is not well-formed or breaks a limit: later stages skip it. */
  ok: boolean;
  diagnostics: Diagnostic[];
  positions: PositionIndex;
  /** Namespace and local name of the root element. */
  root?: { ns: string; local: string };
  /** The root's `xml:id`. */
  id?: string;
}

class Abort extends Error {}

/**
 * Parses a decoded document.
 * @param file the path to report.
 * @param text the decoded text.
 * @param observers checks fed by the same pass.
 * @param limits bounds on depth and text size.
 */
export function parse(
  file: string,
  text: string,
  observers: ParseObserver[] = [],
  limits: XmlLimits = resolveLimits(),
): ParsedDocument {
  const doc: ParsedDocument = { file, text, ok: true, diagnostics: [], positions: new PositionIndex() };
  const starts = lineStarts(text);
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: file });
  const stack: number[] = [];
  let lastEnd = 0;
  const here = (): Position => positionAt(starts, parser.position);
  const fatal = (ruleId: string, message: string, at: Position): never => {
    doc.diagnostics.push({ file, ...at, severity: 'error', ruleId, source: 'xml', message });
    doc.ok = false;
    throw new Abort();
  };

  parser.on('doctype', () => {
    const at = positionAt(starts, text.lastIndexOf('<!DOCTYPE', parser.position));
    fatal('xml-doctype', 'Unexpected `<!DOCTYPE`, expected no document type declaration (DTDs and entity declarations are never loaded)', at);
  });
  parser.on('opentagstart', (node) => {
    if (stack.length >= limits.maxDepth) {
      fatal('xml-depth', `Unexpected nesting deeper than ${limits.maxDepth} elements, expected at most ${limits.maxDepth} (TEIKIT_MAX_DEPTH)`, here());
    }
    // saxes has read `<name` and one character more.
    lastEnd = parser.position - node.name.length - 2;
  });
  parser.on('opentag', (node) => {
    const at = positionAt(starts, lastEnd);
    const index = doc.positions.add(`Q{${node.uri}}${node.local}`, stack.length ? stack[stack.length - 1] : -1, at);
    if (!stack.length) {
      doc.root = { ns: node.uri, local: node.local };
      const id = node.attributes['xml:id'];
      if (id) doc.id = typeof id === 'string' ? id : id.value;
    }
    stack.push(index);
    for (const o of observers) o.startElement(node, at);
    if (node.isSelfClosing) {
      // saxes sends closetag right after; nothing to do here.
    }
  });
  parser.on('closetag', (node) => {
    stack.pop();
    const at = here();
    for (const o of observers) o.endElement(node as SaxesTagNS, at);
  });
  parser.on('text', (t) => {
    if (t.length > limits.maxTextLength) {
      fatal('xml-text-size', `Unexpected text node of ${t.length} characters, expected at most ${limits.maxTextLength} (TEIKIT_MAX_TEXT)`, here());
    }
    if (!stack.length) return;
    const at = here();
    for (const o of observers) o.text(t, at);
  });
  parser.on('cdata', (t) => {
    const at = here();
    for (const o of observers) o.text(t, at);
  });
  parser.on('error', (err) => {
    fatal('xml-well-formed', wellFormedMessage(err.message), here());
  });

  try {
    parser.write(text).close();
    if (!doc.root) fatal('xml-well-formed', 'Unexpected end of document, expected a root element', here());
    for (const o of observers) o.end(here());
  } catch (err) {
    if (!(err instanceof Abort)) throw err;
  }
  return doc;
}

/** saxes prefixes its messages with `file:line:column: `; keep only what was wrong. */
function wellFormedMessage(raw: string): string {
  const msg = raw.replace(/^.*?:\d+:\d+: /, '');
  return `Not well-formed: ${msg}`;
}
