/**
 * Turns saxes's well-formedness errors into diagnostics phrased "Unexpected X, expected Y", and
 * puts entity-reference errors where they are. saxes reads from `&` to the next `;`, so a bare `&`
 * (XML 1.0 §2.4) is only noticed at the next `;` or at the end of the document; the culprit is
 * found again by scanning the stretch of text since the last complete piece of markup.
 */

/** A diagnostic's rule id, message and the offset it points at. */
export interface WellFormedError {
  ruleId: string;
  message: string;
  offset: number;
}

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const NAME = /^[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\u00B7\u00C0-\uFFFF-]*$/;

/**
 * The first entity or character reference between two offsets that XML rejects here: a bare `&`,
 * a named reference other than the five predefined ones (no entity is ever declared: a DOCTYPE is
 * rejected), or a character reference to a character XML does not allow (XML 1.0 §4.1).
 * Comments, CDATA sections and processing instructions are skipped.
 * @param text the document.
 * @param from where to start (the end of the last complete markup).
 * @param to where to stop (where saxes noticed the error).
 */
export function findBadReference(text: string, from: number, to: number): WellFormedError | undefined {
  const skips: [string, string][] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>']];
  for (let i = from; i < to && i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      const skip = skips.find(([open]) => text.startsWith(open, i));
      if (skip) {
        const end = text.indexOf(skip[1], i + skip[0].length);
        if (end < 0) return undefined;
        i = end + skip[1].length - 1;
      }
      continue;
    }
    if (c !== '&') continue;
    const ref = /^&([^\s;&<>"']*);/.exec(text.slice(i, i + 64))?.[1];
    if (ref !== undefined && /^#(\d+|x[\dA-Fa-f]+)$/.test(ref)) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!isXmlChar(code)) {
        return { ruleId: 'xml-well-formed', offset: i, message: `Unexpected character reference \`&${ref};\`, expected a reference to a character XML allows (XML 1.0 §2.2)` };
      }
    } else if (ref === undefined || !NAME.test(ref)) {
      return { ruleId: 'xml-ampersand', offset: i, message: 'Unexpected `&` that starts no entity reference, expected `&amp;` for a literal ampersand' };
    } else if (!PREDEFINED.has(ref)) {
      return {
        ruleId: 'xml-entity',
        offset: i,
        message: `Unexpected entity reference \`&${ref};\`, expected one of \`&amp;\` \`&lt;\` \`&gt;\` \`&quot;\` \`&apos;\` or a character reference (no entity is declared or expanded)`,
      };
    }
  }
  return undefined;
}

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** What the parser knew when saxes stopped. */
export interface ErrorContext {
  /** The name of the innermost open element, if any. */
  open?: string;
  /** The character saxes stopped at. */
  char?: string;
  /** The name in the end tag just read, if saxes stopped in one. */
  closing?: string;
  /** Whether the character saxes stopped at follows a `<`. */
  afterLt?: boolean;
}

/**
 * What saxes stopped at: the offset to report (the first half of a surrogate pair) and the context
 * `phrase` needs.
 * @param text the document.
 * @param offset the offset of the character saxes stopped at.
 * @param open the innermost open element (for an unexpected end tag, the one it skipped).
 */
export function errorContext(text: string, offset: number, open: string | undefined): { back: number; context: ErrorContext } {
  const back = /[\uDC00-\uDFFF]/.test(text[offset] ?? '') && offset > 0 ? offset - 1 : offset;
  const closing = /^<\/([^\s>]+)/.exec(text.slice(text.lastIndexOf('</', offset), offset + 1))?.[1];
  const char = String.fromCodePoint(text.codePointAt(back) ?? 0x20);
  const last = text.lastIndexOf('<', back);
  const lt = text[last - 1] === '<' ? last - 1 : last; // `<<b`: the first `<` is the bare one
  const bareLt = lt >= 0 && back - lt <= 2 && !/[A-Za-z_:\u00C0-\uFFFF/!?]/.test(text[lt + 1] ?? '');
  return { back, context: bareLt ? { open, char: text[lt + 1], closing, afterLt: true } : { open, char, closing } };
}

/**
 * Rephrases a saxes error message.
 * @param raw saxes's message, `file:line:column: what`.
 * @param ctx what the parser knew.
 */
export function phrase(raw: string, ctx: ErrorContext): string {
  const msg = raw.replace(/^.*?:\d+:\d+: /, '');
  const { open, char } = ctx;
  let m: RegExpExecArray | null;
  if ((m = /^unclosed tag: (.*)$/.exec(msg))) return `Unexpected end of document, expected the end tag \`</${m[1]}>\``;
  const closing = (m = /^unmatched closing tag: (.*)\.$/.exec(msg)) ? m[1] : msg === 'unexpected close tag.' ? ctx.closing : undefined;
  if (closing !== undefined) {
    return `Unexpected end tag \`</${closing}>\`, expected ${open ? `\`</${open}>\`` : 'no end tag after the root element'}`;
  }
  if (/^disallowed character in tag name\.?$/.test(msg) && ctx.afterLt) {
    // `a < b` in text: XML 1.0 §2.4, a literal `<` is written `&lt;`.
    const what = char === undefined || /\s/.test(char) ? 'white space' : `\`${char}\``;
    return `Unexpected ${what} after \`<\`, expected a tag name after \`<\`, or \`&lt;\` for a literal less-than sign`;
  }
  if (msg === 'disallowed character.' && char !== undefined) {
    const cp = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `Unexpected character U+${cp}, expected a character XML allows here (XML 1.0 §2.2)`;
  }
  if ((m = /^duplicate attribute: (.*)\.$/.exec(msg))) return `Unexpected second attribute \`${m[1]}\`, expected each attribute once per element`;
  if ((m = /^unbound namespace prefix: "(.*)"\.$/.exec(msg))) return `Unexpected prefix \`${m[1]}\`, expected a prefix declared with \`xmlns:${m[1]}\``;
  const fixed: Record<string, string> = {
    'document must contain a root element.': 'Unexpected end of document, expected a root element',
    'text data outside of root node.': 'Unexpected text outside the root element, expected only comments, processing instructions and white space',
    'documents may contain only one root.': 'Unexpected second root element, expected a single root element',
    'unquoted attribute value.': 'Unexpected unquoted attribute value, expected a value in `"` or `\'`',
    'value must be quoted.': 'Unexpected unquoted attribute value, expected a value in `"` or `\'`',
    'attribute without value.': 'Unexpected attribute without a value, expected `name="value"`',
    'unexpected end.': 'Unexpected end of document, expected the rest of the markup',
  };
  return fixed[msg] ?? `Not well-formed: ${msg.replace(/\.$/, '')}`;
}
