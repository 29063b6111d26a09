/**
 * The few terminal styles the stylish reporter uses (SGR escape sequences, ECMA-48 §8.3.117).
 * With colour off every style is the identity, so plain output has no escape at all.
 */

/** A style: wraps text in an escape sequence and its reset, or returns it as it is. */
export type Style = (text: string) => string;

/** The styles of one report. */
export interface Palette {
  red: Style;
  yellow: Style;
  blue: Style;
  green: Style;
  dim: Style;
  bold: Style;
  underline: Style;
}

const sgr = (open: number, close: number): Style => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Style = (text) => text;

/**
 * The palette for a report.
 * @param color whether to colour; false gives plain text.
 */
export function palette(color: boolean): Palette {
  if (!color) return { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain };
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    green: sgr(32, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24),
  };
}
