/**
 * The well-formedness gate: one pass of saxes (a conforming, non-validating parser, XML 1.0 5th
 * edition with Namespaces) over the decoded text. It never loads a DTD or expands an entity beyond
 * the five predefined ones: a DOCTYPE that declares nothing is blanked with a warning before any
 * parser sees the text (line and column kept), any other is rejected where it stands (docs/encoding.md
 * §2); an XML 1.1 document is rejected at its declaration. Depth and text
 * size, attributes per element, namespace declarations in scope and runs of adjacent text and CDATA
 * chunks are bounded before saxes or SaxonJS can go quadratic or overflow; the root must be TEI. The
 * same pass records element positions and feeds observers (the RELAX NG validator), so the
 * document is parsed once. Positions are 1-based, columns in UTF-16 code units.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { Bounds, type Breach } from './bounds.js';
import type { ParsedDocument, ParseObserver } from './document.js';
import { DEFAULT_LIMITS, type XmlLimits, resolveLimits } from './limits.js';
import { ignoreEmptyDoctype, ignoredDoctypeWarning } from './doctype.js';
import { patternDiagnostic } from './patterns.js';
import { PositionIndex, type Position, lineStarts, positionAt } from './positions.js';
import { TEI_NS, checkRoot } from './check-root.js';
import { errorContext, findBadReference, phrase } from './parse-errors.js';

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
 * @param given the decoded text (`ParsedDocument.text` is this with an ignored DOCTYPE blanked).
 * @param observers checks fed by the same pass (not fed at all when the root is not TEI).
 * @param givenLimits bounds on size, depth, text, attributes, namespaces and adjacent text; the
 *   defaults fill in what is not given.
 * @param options which roots are accepted.
 */
export function parse(file: string, given: string, observers: ParseObserver[] = [], givenLimits: Partial<XmlLimits> = resolveLimits(), options: ParseOptions = {}): ParsedDocument {
  const limits: XmlLimits = { ...DEFAULT_LIMITS, ...givenLimits };
  const ignored = ignoreEmptyDoctype(given);
  const text = ignored?.text ?? given;
  const doc: ParsedDocument = { file, text, ok: true, diagnostics: [], positions: new PositionIndex() };
  const starts = lineStarts(text);
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: file });
  const stack: number[] = [];
  const names: string[] = [];
  const bounds = new Bounds(limits);
  let feed = observers;
  let markEnd = 0; // just after the last complete piece of markup
  let lastClosed = ''; // saxes sends `closetag` for the element a wrong end tag skips, then errs
  let lastClosedAt = -1; // and where that element opened
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
  const check = (breach: Breach | undefined, where: () => Position): void => {
    if (breach) fatal(breach.ruleId, breach.message, where());
  };

  if (ignored) doc.diagnostics.push(ignoredDoctypeWarning(file, ignored.declaration, at(ignored.offset)));
  parser.on('xmldecl', (decl) => {
    markEnd = parser.position;
    if (decl.version === '1.1') fatal('xml-version', 'Unexpected XML version 1.1, expected XML 1.0 (`<?xml version="1.0"?>`): teikit reads XML 1.0 only', at(0));
  });
  parser.on('comment', () => {
    markEnd = parser.position;
    bounds.markup();
  });
  parser.on('processinginstruction', () => {
    markEnd = parser.position;
    bounds.markup();
  });
  const rejectDoctype = (): never => {
    const start = text.indexOf('<!DOCTYPE', markEnd);
    return fatal('xml-doctype', 'Unexpected `<!DOCTYPE`, expected no document type declaration (DTDs and entity declarations are never loaded)', at(start < 0 ? markEnd : start));
  };
  parser.on('doctype', rejectDoctype);
  parser.on('opentagstart', (node) => check(bounds.startTag(node.name, stack.length), () => at(tagStart())));
  parser.on('attribute', (attr) => check(bounds.attribute(attr.name), () => at(tagStart())));
  // A document's regular expression is never compiled unless it is in the safe subset: an error
  // that does not stop the checks (no check compiles it), and the targets skip it.
  const checkPattern = (node: SaxesTagNS, start: number): void => {
    const attr = node.attributes.matchPattern;
    const value = typeof attr === 'string' ? attr : attr?.value;
    if (value === undefined) return;
    const found = patternDiagnostic(file, value, () => {
      const offset = /\smatchPattern\s*=/.exec(text.slice(start, parser.position))?.index;
      return at(offset === undefined ? start : start + offset + 1);
    });
    if (found) doc.diagnostics.push(found);
  };
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
    if (node.local === 'prefixDef' && node.uri === TEI_NS) checkPattern(node, tagStart());
    stack.push(doc.positions.add(`Q{${node.uri}}${node.local}`, stack.length ? stack[stack.length - 1] : -1, where));
    names.push(node.name);
    bounds.opened();
    for (const o of feed) o.startElement(node, where);
  });
  parser.on('closetag', (node) => {
    const where = at(tagStart());
    markEnd = parser.position;
    lastClosedAt = stack.pop() ?? -1;
    bounds.closed();
    lastClosed = names.pop() ?? '';
    for (const o of feed) o.endElement(node as SaxesTagNS, where);
  });
  parser.on('text', (t) => {
    const where = at(markEnd);
    check(bounds.text(t.length), () => where);
    if (!stack.length) return;
    check(bounds.chunk(), () => where);
    for (const o of feed) o.text(t, where);
  });
  parser.on('cdata', (t) => {
    const where = at(Math.max(markEnd, text.indexOf('<![CDATA[', markEnd)));
    markEnd = parser.position;
    check(bounds.text(t.length), () => where);
    check(bounds.chunk(), () => where);
    for (const o of feed) o.text(t, where);
  });
  parser.on('error', (err) => {
    const offset = Math.max(0, Math.min(parser.position, text.length) - 1);
    const doctype = text.indexOf('<!DOCTYPE', markEnd);
    if (doctype >= 0 && doctype <= offset) rejectDoctype(); // saxes stumbled inside the DOCTYPE
    const ref = findBadReference(text, markEnd, offset + 1);
    if (ref) fatal(ref.ruleId, ref.message, at(ref.offset));
    const { back, context } = errorContext(text, offset, /unexpected close tag/.test(err.message) ? lastClosed : names[names.length - 1]);
    let message = phrase(err.message, context);
    if (/unclosed tag/.test(err.message) && stack.length) {
      const open = doc.positions.positionOf(stack[stack.length - 1]);
      message += ` (the start tag is at line ${open.line}, column ${open.column})`;
    } else if (/unexpected close tag/.test(err.message) && lastClosedAt >= 0) {
      // The element left open: where its start tag is, so the missing end tag can be placed.
      const opened = doc.positions.positionOf(lastClosedAt);
      message += ` (\`<${lastClosed}>\` is opened at line ${opened.line}, column ${opened.column} and not closed)`;
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
