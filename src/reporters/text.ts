/**
 * Text helpers shared by reporters whose formats are line-based: one finding, one line.
 */

/**
 * One line of text: line breaks and the white space around them become one space (for columns
 * and attributes, where a line break would break the format).
 * @param text a message.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** C0 controls, DEL, C1 controls, the line and paragraph separators, bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The one escaping of text that reaches a terminal or a line-based report (stylish, GitHub,
 * JUnit, the progress line, `teikit:` error lines): a C0 control (tab and line breaks included),
 * DEL or a C1 control becomes `\xNN` (two lower-case hex digits), a line or paragraph separator or
 * a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) becomes `\u{NNNN}`. So a
 * file name or a document can neither move the cursor, start an escape sequence, break a report
 * line nor reorder what is shown. Everything else is kept as it is (a backslash included: the
 * escape is for showing, not for reading back). JSON and SARIF keep exact strings instead
 * (`jsonText`).
 * @param text a path, a message, a rule id.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/**
 * Text safe to print on a terminal: the message on one line (tabs and line breaks with the white
 * space around them become one space), then `visible`.
 * @param text a message.
 */
export function printable(text: string): string {
  return visible(oneLine(text).replace(/\t/g, ' '));
}

/**
 * JSON text whose strings keep their exact value but carry no character a terminal would act on:
 * `JSON.stringify` escapes C0 controls; DEL, C1 controls, the separators and the bidi controls are
 * escaped here as `\uNNNN` (they can only stand inside strings).
 * @param json the output of `JSON.stringify`.
 */
export function jsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The width of text in a fixed-width column, counted in code points (an astral character is one
 * column, not two UTF-16 units).
 * @param text the cell.
 */
export function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
