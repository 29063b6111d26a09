/**
 * Errors in a user's rules where the user wrote them. The XSLT compiler reports a bad XPath at a
 * line of the stylesheet generated from the `.sch`, which the user never sees; the expression on
 * that line contains the one the user wrote (the compiler wraps it, e.g. `not(…)` for an assert),
 * so the attribute of the `.sch` whose expression it contains is the culprit, and its line and
 * column are reported instead.
 */
import { SaxesParser } from 'saxes';
import { lineStarts, positionAt } from '../../xml/positions.js';

const SCH = 'http://purl.oclc.org/dsdl/schematron';
/** Attributes of Schematron elements that hold XPath. */
const XPATH_ATTRIBUTES = new Set(['context', 'test', 'select', 'value', 'path', 'subject', 'use-when']);

interface Expression {
  element: string;
  attribute: string;
  value: string;
  line: number;
  column: number;
}

function expressions(text: string): Expression[] {
  const out: Expression[] = [];
  const starts = lineStarts(text);
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('opentag', (node) => {
    if (node.uri !== SCH) return;
    const at = positionAt(starts, text.lastIndexOf('<', parser.position - 1));
    for (const a of Object.values(node.attributes)) {
      if (!a.uri && XPATH_ATTRIBUTES.has(a.local) && a.value.trim()) out.push({ element: node.local, attribute: a.local, value: a.value.trim(), ...at });
    }
  });
  try {
    parser.write(text).close();
  } catch {
    // The rules compiled as XML already; a failure here only means less to match.
  }
  return out;
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The message for a bad XPath at the line of the `.sch`, or undefined when it cannot be placed.
 * @param schText the rules.
 * @param xslText the stylesheet generated from them.
 * @param reason what the XSLT compiler said.
 * @param name how the rules are named in messages.
 */
export function locateRuleError(schText: string, xslText: string, reason: string, name: string): string | undefined {
  const line = Number(/on line (\d+)/.exec(reason)?.[1] ?? 0);
  const haystack = [/\{(.*?)\}:/s.exec(reason)?.[1] ?? '', line ? xslText.split('\n')[line - 1] ?? '' : ''].map((s) => squash(unescape(s)));
  const found = expressions(schText)
    .filter((e) => haystack.some((h) => h.includes(squash(e.value))))
    .sort((a, b) => b.value.length - a.value.length)[0];
  if (!found) return undefined;
  const code = /\b(X[A-Z]{3}\d{4})\b/.exec(reason)?.[1];
  const why = /\}: (.*)$/m.exec(reason)?.[1]?.trim() ?? reason.split('\n').find((l) => l.trim())?.trim() ?? '';
  return `${name}:${found.line}:${found.column}: Unexpected XPath \`${found.value}\` in \`@${found.attribute}\` of \`${found.element}\`, expected a valid XPath 3.1 expression (${code ? `${code}: ` : ''}${why})`;
}
