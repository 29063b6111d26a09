/**
 * The gate's bounds on the shape of a document, counted as saxes reads it: nesting depth, the
 * length of a text node, attributes per element, namespace declarations in scope, and runs of
 * adjacent text and CDATA chunks. Each count returns the limit it breaks, with its rule id and
 * message, and the gate stops there: saxes and SaxonJS never see a shape that would make them
 * quadratic or overflow.
 */
import type { XmlLimits } from './limits.js';

/** A limit a document breaks. */
export interface Breach {
  ruleId: string;
  message: string;
}

/** The counts of one document as it is read. */
export class Bounds {
  /** Namespace declarations in scope, per open element. */
  private readonly scopes: number[] = [0];
  /** The start tag being read. */
  private tag = { name: '', attributes: 0, namespaces: 0 };
  /** Text and CDATA chunks since the last element, comment or processing instruction. */
  private run = 0;

  /**
   * @param limits the bounds.
   */
  constructor(private readonly limits: XmlLimits) {}

  /**
   * A start tag begins.
   * @param name its qualified name.
   * @param depth the elements open around it.
   */
  startTag(name: string, depth: number): Breach | undefined {
    const { maxDepth } = this.limits;
    if (depth >= maxDepth) {
      return { ruleId: 'xml-depth', message: `Unexpected nesting deeper than ${maxDepth} elements, expected at most ${maxDepth} (raise the limit with TEIKIT_MAX_DEPTH)` };
    }
    this.tag = { name, attributes: 0, namespaces: 0 };
    this.run = 0;
    return undefined;
  }

  /**
   * An attribute of the start tag (namespace declarations included).
   * @param name its qualified name.
   */
  attribute(name: string): Breach | undefined {
    const { maxAttributes, maxNamespaces } = this.limits;
    const tag = this.tag;
    if (++tag.attributes > maxAttributes) {
      return { ruleId: 'xml-attributes', message: `Unexpected element \`${tag.name}\` with more than ${maxAttributes} attributes, expected at most ${maxAttributes} (raise the limit with TEIKIT_MAX_ATTRIBUTES)` };
    }
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) return undefined;
    const inScope = this.scopes[this.scopes.length - 1] + ++tag.namespaces;
    if (inScope > maxNamespaces) {
      return { ruleId: 'xml-namespaces', message: `Unexpected element \`${tag.name}\` with more than ${maxNamespaces} namespace declarations in scope, expected at most ${maxNamespaces} on an element and its ancestors together (raise the limit with TEIKIT_MAX_NAMESPACES)` };
    }
    return undefined;
  }

  /** The start tag is complete: its declarations stay in scope until it closes. */
  opened(): void {
    this.scopes.push(this.scopes[this.scopes.length - 1] + this.tag.namespaces);
  }

  /** An element closes. */
  closed(): void {
    this.scopes.pop();
    this.run = 0;
  }

  /** A comment or processing instruction ends a run of text. */
  markup(): void {
    this.run = 0;
  }

  /**
   * A text node or CDATA section.
   * @param length its length in UTF-16 code units.
   */
  text(length: number): Breach | undefined {
    const { maxTextLength } = this.limits;
    if (length <= maxTextLength) return undefined;
    return { ruleId: 'xml-text-size', message: `Unexpected text node of ${length} characters, expected at most ${maxTextLength} (raise the limit with TEIKIT_MAX_TEXT)` };
  }

  /** One more chunk of text or CDATA in content, next to the ones before it. */
  chunk(): Breach | undefined {
    const { maxAdjacentText } = this.limits;
    if (++this.run <= maxAdjacentText) return undefined;
    return { ruleId: 'xml-adjacent-text', message: `Unexpected run of more than ${maxAdjacentText} chunks of text and CDATA sections, expected at most ${maxAdjacentText} in a row with no element, comment or processing instruction between them (raise the limit with TEIKIT_MAX_ADJACENT_TEXT)` };
  }
}
