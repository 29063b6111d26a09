/**
 * What the gate gives: the document as it was read (its text, whether it passed, its diagnostics,
 * the positions of its elements, its root), and the interface of the checks that run in the same
 * pass (the RELAX NG validator).
 */
import type { SaxesTagNS } from 'saxes';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Position, PositionIndex } from './positions.js';

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
