/**
 * A document type declaration that declares nothing is put out of the way before any parser sees
 * the text: `<!DOCTYPE TEI SYSTEM "tei_all.dtd">` (with a SYSTEM or PUBLIC identifier, or none,
 * and at most an internal subset of white space) is replaced by spaces, line ends kept, so that
 * every line and column stays where it was. The DTD it names is never loaded. A declaration with
 * anything in its internal subset is left alone, and the gate refuses it (`xml-doctype`).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Position } from './positions.js';

/** A document type declaration that was blanked. */
export interface IgnoredDoctype {
  /** The text with the declaration replaced by spaces. */
  text: string;
  /** Offset of `<!DOCTYPE`. */
  offset: number;
  /** The declaration as it stood, for the message. */
  declaration: string;
}

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
/** XML 1.0 §2.3 [5] Name, sticky. */
const NAME = new RegExp(`[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`, 'uy');
/** XML 1.0 §2.3 [13] PubidChar. */
const PUBID_CHAR = /^[ \r\na-zA-Z0-9\-'()+,./:=?;!*#@$_%]*$/;
const SPACE = ' \t\r\n';

/**
 * The end of a document type declaration that declares nothing (XML 1.0 §2.8 [28] with an
 * internal subset of white space at most), read from `<!DOCTYPE` at `start`; -1 otherwise. One
 * pass, no backtracking.
 */
function emptyDoctypeEnd(text: string, start: number): number {
  let i = start + '<!DOCTYPE'.length;
  const spaces = (): number => {
    const from = i;
    while (i < text.length && SPACE.includes(text[i])) i++;
    return i - from;
  };
  const literal = (pubid: boolean): boolean => {
    const q = text[i];
    if (q !== '"' && q !== "'") return false;
    const end = text.indexOf(q, i + 1);
    if (end < 0 || (pubid && !PUBID_CHAR.test(text.slice(i + 1, end)))) return false;
    i = end + 1;
    return true;
  };
  if (!spaces()) return -1;
  NAME.lastIndex = i;
  if (!NAME.exec(text)) return -1;
  i = NAME.lastIndex;
  const spaced = spaces() > 0;
  if (spaced && (text.startsWith('SYSTEM', i) || text.startsWith('PUBLIC', i))) {
    const pub = text.startsWith('PUBLIC', i);
    i += 6;
    if (!spaces() || !literal(pub)) return -1;
    if (pub && (!spaces() || !literal(false))) return -1;
    spaces();
  }
  if (text[i] === '[') {
    i++;
    spaces();
    if (text[i] !== ']') return -1;
    i++;
    spaces();
  }
  return text[i] === '>' ? i + 1 : -1;
}

/**
 * Offset of a `<!DOCTYPE` in the prolog (after an optional byte order mark, XML declaration,
 * comments, processing instructions and white space), or -1.
 * @param text the decoded document.
 */
export function doctypeOffset(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
    if (text.startsWith('<!DOCTYPE', i)) return i;
    const close = text.startsWith('<!--', i) ? '-->' : text.startsWith('<?', i) ? '?>' : undefined;
    if (!close) return -1;
    const end = text.indexOf(close, i + 2);
    if (end < 0) return -1;
    i = end + close.length;
  }
}

/**
 * Blanks a document type declaration that declares nothing, or returns undefined (no DOCTYPE in
 * the prolog, or one that declares something and must be refused).
 * @param text the decoded document.
 */
export function ignoreEmptyDoctype(text: string): IgnoredDoctype | undefined {
  const offset = doctypeOffset(text);
  if (offset < 0) return undefined;
  const end = emptyDoctypeEnd(text, offset);
  if (end < 0) return undefined;
  const declaration = text.slice(offset, end);
  const blank = declaration.replace(/[^\r\n]/g, ' ');
  return { text: text.slice(0, offset) + blank + text.slice(offset + declaration.length), offset, declaration };
}

/**
 * The warning that a declaration was ignored (`xml-doctype-ignored`).
 * @param file the path to report.
 * @param declaration the declaration as written.
 * @param at where it stands.
 */
export function ignoredDoctypeWarning(file: string, declaration: string, at: Position): Diagnostic {
  const shown = declaration.replace(/\s+/g, ' ');
  return {
    file,
    ...at,
    severity: 'warning',
    ruleId: 'xml-doctype-ignored',
    source: 'xml',
    message: `Unexpected \`${shown.length > 100 ? `${shown.slice(0, 99)}…` : shown}\`, expected no document type declaration: it declares nothing here and is ignored (its DTD is never loaded)`,
  };
}
