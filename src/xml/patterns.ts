/**
 * Which regular expressions from a document may be compiled. SaxonJS runs XPath regular
 * expressions on JavaScript's backtracking engine, where `(a|aa)+` takes time exponential in the
 * length of the text and `(.*)(.*)(.*)x` a high power of it. A pattern a document supplies
 * (`prefixDef/@matchPattern`) is compiled only when it is in this safe subset:
 *
 * - at most 256 characters, and well-formed (balanced groups, classes with at most one
 *   subtraction);
 * - no back-reference (`\1`…`\9`);
 * - no quantifier on a group that holds a quantifier or an alternation (`(a+)+`, `(a|aa)+`,
 *   `(ab?){2}`);
 * - at most 2 quantifiers that repeat a variable number of times (`?`, `*`, `+`, `{n,}`, `{n,m}`
 *   with m > n) in the whole pattern, and at most 3 alternations (`|`).
 *
 * Such a pattern matches a pointer of n characters in O(8·n²) steps at worst; the targets apply it
 * only to pointers of at most 256 characters. The same subset is decided in XSLT by
 * `ed:safe-pattern` (xslt/common/patterns.xsl); a test keeps the two in step.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Position } from './positions.js';

/** Longest pattern accepted. */
export const MAX_PATTERN_LENGTH = 256;
/** Most quantifiers with a variable count. */
export const MAX_VARIABLE_QUANTIFIERS = 2;
/** Most alternations. */
export const MAX_ALTERNATIONS = 3;

interface Group {
  /** The group holds a quantifier (with a variable count) or an alternation. */
  ambiguous: boolean;
}

/**
 * Why a pattern is outside the safe subset, or undefined when it is inside.
 * @param pattern an XPath regular expression (F&O 3.1 §5.6.1).
 */
export function unsafePattern(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  const stack: Group[] = [{ ambiguous: false }];
  let variable = 0;
  let alternations = 0;
  let last: 'none' | 'atom' | 'group' = 'none'; // what a quantifier would apply to
  let lastGroup: Group | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return 'ends in `\\`';
      if (/[1-9]/.test(next)) return 'has a back-reference';
      i += (next === 'p' || next === 'P') && pattern[i + 2] === '{' ? pattern.indexOf('}', i) - i : 1;
      if (i < 0) return 'has an unclosed `\\p{`';
      last = 'atom';
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return 'has an unclosed `[`';
      i = end;
      last = 'atom';
    } else if (c === '(') {
      if (pattern.startsWith('(?', i)) {
        if (!pattern.startsWith('(?:', i)) return 'has a `(?` group other than `(?:`';
        i += 2;
      }
      stack.push({ ambiguous: false });
      last = 'none';
    } else if (c === ')') {
      const group = stack.pop();
      if (!group || !stack.length) return 'has an unopened `)`';
      if (group.ambiguous) stack[stack.length - 1].ambiguous = true;
      last = 'group';
      lastGroup = group;
    } else if (c === '|') {
      if (++alternations > MAX_ALTERNATIONS) return `has more than ${MAX_ALTERNATIONS} alternations`;
      stack[stack.length - 1].ambiguous = true;
      last = 'none';
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      let varies = c !== '{';
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 24));
        if (!m) return 'has a `{` that is no quantifier';
        varies = m[2] !== undefined && m[3] !== m[1];
        i += m[0].length - 1;
      }
      if (last === 'none') return 'has a quantifier with nothing to repeat';
      if (last === 'group' && lastGroup?.ambiguous) return 'repeats a group that holds a quantifier or an alternation';
      if (pattern[i + 1] === '?') i++; // reluctant
      if (varies) {
        if (++variable > MAX_VARIABLE_QUANTIFIERS) return `has more than ${MAX_VARIABLE_QUANTIFIERS} quantifiers with a variable count`;
        stack[stack.length - 1].ambiguous = true;
      }
      last = 'none';
    } else {
      last = 'atom';
    }
  }
  return stack.length === 1 ? undefined : 'has an unclosed `(`';
}

/** A character class, with at most one subtraction (`[a-z-[aeiou]]`), sticky. */
const CLASS = /\[(?:\\.|[^\\[\]])*(?:-\[(?:\\.|[^\\[\]])*\])?\]/y;

/** The offset of the `]` that closes the class opened at `start`, or -1. */
function classEnd(pattern: string, start: number): number {
  CLASS.lastIndex = start;
  return CLASS.exec(pattern) ? CLASS.lastIndex - 1 : -1;
}

/**
 * The gate's error for a document's pattern outside the safe subset (`pattern-unsafe`), or
 * undefined for a safe one. The error does not stop the checks (no check compiles the pattern),
 * and the targets skip the pattern.
 * @param file the path to report.
 * @param pattern the `matchPattern` as written.
 * @param at where it stands (asked only for an unsafe pattern).
 */
export function patternDiagnostic(file: string, pattern: string, at: () => Position): Diagnostic | undefined {
  const why = unsafePattern(pattern);
  if (!why) return undefined;
  const shown = pattern.length > 60 ? `${pattern.slice(0, 59)}…` : pattern;
  return {
    file,
    ...at(),
    severity: 'error',
    ruleId: 'pattern-unsafe',
    source: 'xml',
    message: `Unexpected \`matchPattern\` \`${shown}\` that ${why}, expected a regular expression in the safe subset (it is never compiled; see README, "Untrusted input")`,
  };
}
