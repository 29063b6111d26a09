/**
 * Words for the random documents: plain ASCII words, words outside ASCII and outside the Basic
 * Multilingual Plane, and words made of the characters XML and HTML must escape. A word never
 * holds whitespace and never begins or ends with a quotation mark (docs/encoding.md §7.3:
 * the marks stay outside `quote`, and Schematron's `quote-marks-outside` would object).
 */
import fc from 'fast-check';

/** Words that stress the escaping of XML, HTML, attribute values, JSON and URLs. */
export const HOSTILE_WORDS = [
  '&', 'a&b', '<b>', '</script>', '<img/src=x/onerror=alert(1)>', 'x>y', '&amp;', 'say"hi', "it's",
  'javascript:alert(1)', '{{x}}', '$1', 'back\\slash', '%20', ']]>', '<!--',
] as const;

/** Words outside ASCII: accents (precomposed and combining), other scripts, astral letters. */
export const WIDE_WORDS = [
  'Société', 'naïve', 'Ærø', 'Ω', 'Москва', 'Ελλάδα', '東京', 'e\u0301te\u0301', '½', '𝔉', '𝔄𝔅ℭ', 'x𝔉y', '1945–46', 'Anglo-American', '№7',
] as const;

/** A lower-case ASCII word. */
export const lowerWord = fc.stringMatching(/^[a-z]{1,9}$/);

/** Letters that may stand at either side of a page break inside a word (`\p{L}`), astral included. */
export const wordPart = fc.oneof(
  { weight: 6, arbitrary: lowerWord },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'ø', '𝔉', 'ж') },
).chain((head) => fc.stringMatching(/^[a-z]{0,5}$/).map((tail) => head + tail));

/** Any word of running text. */
export const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.stringMatching(/^[A-Za-z]{1,9}[.,;:]?$/) },
  { weight: 2, arbitrary: fc.constantFrom(...WIDE_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_WORDS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,4}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{80,110}$/) },
);

/**
 * Words of a short phrase (names, titles, notes).
 * @param max at most this many.
 */
export function phrase(max = 4): fc.Arbitrary<string[]> {
  return fc.array(word, { minLength: 1, maxLength: max });
}

/**
 * Text escaped for XML content and double-quoted attribute values.
 * @param s raw text.
 */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Whether a word is one of those that must be escaped in markup.
 * @param w a word.
 */
export function needsEscape(w: string): boolean {
  return /[<>&]/.test(w);
}
