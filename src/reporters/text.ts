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

/**
 * Text safe to print on a terminal: C0 and C1 control characters (which could move the cursor or
 * start an escape sequence taken from a document) become U+FFFD, tabs a space.
 * @param text a message.
 */
export function printable(text: string): string {
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
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
