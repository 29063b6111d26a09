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
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, type XmlLimits, resolveLimits } from './limits.js';
import { ignoreEmptyDoctype } from './doctype.js';
import { unsafePattern } from './patterns.js';
import { PositionIndex, type Position, lineStarts, positionAt } from './positions.js';
import { TEI_NS, checkRoot } from './check-root.js';
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
  const scopes: number[] = [0]; // namespace declarations in scope, per open element
  let tag = { name: '', attributes: 0, namespaces: 0 }; // the start tag being read
  let run = 0; // text and CDATA chunks since the last element, comment or processing instruction
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
  const checkText = (length: number, where: Position): void => {
    if (length > limits.maxTextLength) {
      fatal('xml-text-size', `Unexpected text node of ${length} characters, expected at most ${limits.maxTextLength} (raise the limit with TEIKIT_MAX_TEXT)`, where);
    }
  };

  if (ignored) {
    const shown = ignored.declaration.replace(/\s+/g, ' ');
    doc.diagnostics.push({
      file,
      ...at(ignored.offset),
      severity: 'warning',
      ruleId: 'xml-doctype-ignored',
      source: 'xml',
      message: `Unexpected \`${shown.length > 100 ? `${shown.slice(0, 99)}…` : shown}\`, expected no document type declaration: it declares nothing here and is ignored (its DTD is never loaded)`,
    });
  }
  parser.on('xmldecl', (decl) => {
    markEnd = parser.position;
    if (decl.version === '1.1') fatal('xml-version', 'Unexpected XML version 1.1, expected XML 1.0 (`<?xml version="1.0"?>`): teikit reads XML 1.0 only', at(0));
  });
  const checkRun = (where: Position): void => {
    if (++run > limits.maxAdjacentText) {
      fatal('xml-adjacent-text', `Unexpected run of more than ${limits.maxAdjacentText} chunks of text and CDATA sections, expected at most ${limits.maxAdjacentText} in a row with no element, comment or processing instruction between them (raise the limit with TEIKIT_MAX_ADJACENT_TEXT)`, where);
    }
  };
  parser.on('comment', () => {
    markEnd = parser.position;
    run = 0;
  });
  parser.on('processinginstruction', () => {
    markEnd = parser.position;
    run = 0;
  });
  const rejectDoctype = (): never => {
    const start = text.indexOf('<!DOCTYPE', markEnd);
    return fatal('xml-doctype', 'Unexpected `<!DOCTYPE`, expected no document type declaration (DTDs and entity declarations are never loaded)', at(start < 0 ? markEnd : start));
  };
  parser.on('doctype', rejectDoctype);
  parser.on('opentagstart', (node) => {
    if (stack.length >= limits.maxDepth) {
      fatal('xml-depth', `Unexpected nesting deeper than ${limits.maxDepth} elements, expected at most ${limits.maxDepth} (raise the limit with TEIKIT_MAX_DEPTH)`, at(tagStart()));
    }
    tag = { name: node.name, attributes: 0, namespaces: 0 };
    run = 0;
  });
  parser.on('attribute', (attr) => {
    if (++tag.attributes > limits.maxAttributes) {
      fatal('xml-attributes', `Unexpected element \`${tag.name}\` with more than ${limits.maxAttributes} attributes, expected at most ${limits.maxAttributes} (raise the limit with TEIKIT_MAX_ATTRIBUTES)`, at(tagStart()));
    }
    if (attr.name !== 'xmlns' && !attr.name.startsWith('xmlns:')) return;
    const inScope = scopes[scopes.length - 1] + ++tag.namespaces;
    if (inScope > limits.maxNamespaces) {
      fatal('xml-namespaces', `Unexpected element \`${tag.name}\` with more than ${limits.maxNamespaces} namespace declarations in scope, expected at most ${limits.maxNamespaces} on an element and its ancestors together (raise the limit with TEIKIT_MAX_NAMESPACES)`, at(tagStart()));
    }
  });
  // A document's regular expression is never compiled unless it is in the safe subset: an error
  // that does not stop the checks (no check compiles it), and the targets skip it.
  const checkPattern = (node: SaxesTagNS, start: number): void => {
    const attr = node.attributes.matchPattern;
    const value = typeof attr === 'string' ? attr : attr?.value;
    const why = value === undefined ? undefined : unsafePattern(value);
    if (value === undefined || !why) return;
    const offset = /\smatchPattern\s*=/.exec(text.slice(start, parser.position))?.index;
    const shown = value.length > 60 ? `${value.slice(0, 59)}…` : value;
    doc.diagnostics.push({
      file,
      ...at(offset === undefined ? start : start + offset + 1),
      severity: 'error',
      ruleId: 'pattern-unsafe',
      source: 'xml',
      message: `Unexpected \`matchPattern\` \`${shown}\` that ${why}, expected a regular expression in the safe subset (it is never compiled; see README, "Untrusted input")`,
    });
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
    scopes.push(scopes[scopes.length - 1] + tag.namespaces);
    for (const o of feed) o.startElement(node, where);
  });
  parser.on('closetag', (node) => {
    const where = at(tagStart());
    markEnd = parser.position;
    lastClosedAt = stack.pop() ?? -1;
    scopes.pop();
    run = 0;
    lastClosed = names.pop() ?? '';
    for (const o of feed) o.endElement(node as SaxesTagNS, where);
  });
  parser.on('text', (t) => {
    const where = at(markEnd);
    checkText(t.length, where);
    if (!stack.length) return;
    checkRun(where);
    for (const o of feed) o.text(t, where);
  });
  parser.on('cdata', (t) => {
    const where = at(Math.max(markEnd, text.indexOf('<![CDATA[', markEnd)));
    markEnd = parser.position;
    checkText(t.length, where);
    checkRun(where);
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
    const last = text.lastIndexOf('<', back);
    const lt = text[last - 1] === '<' ? last - 1 : last; // `<<b`: the first `<` is the bare one
    const bareLt = lt >= 0 && back - lt <= 2 && !/[A-Za-z_:\u00C0-\uFFFF/!?]/.test(text[lt + 1] ?? '');
    let message = phrase(err.message, bareLt ? { open, char: text[lt + 1], closing, afterLt: true } : { open, char, closing });
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
