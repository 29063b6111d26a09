/**
 * Bounds on untrusted XML. Every document passes the saxes gate with these before anything else
 * (SaxonJS included) sees it: saxes is quadratic on deep nesting in namespace mode and SaxonJS
 * overflows its stack on it, so depth is capped; size is capped before decoding. SaxonJS's tree
 * builder is quadratic in the attributes of one element and in a run of adjacent text and CDATA
 * chunks (which it joins into one text node), and spends time on every element for every
 * namespace declaration in scope: those three are capped too, so that building the tree stays
 * linear in the size of the document.
 */
export interface XmlLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Deepest element nesting accepted. */
  maxDepth: number;
  /** Longest single text node accepted, in UTF-16 code units. */
  maxTextLength: number;
  /** Most attributes on one element (namespace declarations included). */
  maxAttributes: number;
  /** Most namespace declarations in scope at any element (its own and its ancestors'). */
  maxNamespaces: number;
  /**
   * Most chunks of text and CDATA sections in a row, with no element, comment or processing
   * instruction between them (SaxonJS joins them into one text node).
   */
  maxAdjacentText: number;
}

/**
 * Generous for real editions (a FRUS volume is a few MB, TEI nests a few dozen deep; the TEI
 * corpora teikit is tried on have at most 10 attributes on an element, 5 namespace declarations in
 * scope and no adjacent CDATA sections), and small enough for SaxonJS: a 60 MB document took
 * 1.6 GB in its tree builder, 100,000 attributes on one element 22 s.
 */
export const DEFAULT_LIMITS: XmlLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxDepth: 1000,
  maxTextLength: 16 * 1024 * 1024,
  maxAttributes: 256,
  maxNamespaces: 32,
  maxAdjacentText: 256,
};

/** The environment variable of each limit. */
export const LIMIT_VARIABLES: Readonly<Record<keyof XmlLimits, string>> = {
  maxBytes: 'TEIKIT_MAX_BYTES',
  maxDepth: 'TEIKIT_MAX_DEPTH',
  maxTextLength: 'TEIKIT_MAX_TEXT',
  maxAttributes: 'TEIKIT_MAX_ATTRIBUTES',
  maxNamespaces: 'TEIKIT_MAX_NAMESPACES',
  maxAdjacentText: 'TEIKIT_MAX_ADJACENT_TEXT',
};

/**
 * Limits from the defaults, overridden by the environment (`TEIKIT_MAX_BYTES`, `TEIKIT_MAX_DEPTH`,
 * `TEIKIT_MAX_TEXT`, `TEIKIT_MAX_ATTRIBUTES`, `TEIKIT_MAX_NAMESPACES`, `TEIKIT_MAX_ADJACENT_TEXT`)
 * and then by explicit options.
 * @param overrides explicit limits, e.g. from a test or the library API.
 * @throws Error when a variable is set to anything but a whole number (a typo must not silently
 *   fall back to the default).
 */
export function resolveLimits(overrides: Partial<XmlLimits> = {}): XmlLimits {
  const env = (name: string, fallback: number): number => {
    const v = process.env[name]?.trim();
    if (!v) return fallback;
    if (!/^\d+$/.test(v)) throw new Error(`Unexpected ${name} \`${v}\`, expected a whole number`);
    return Number(v);
  };
  const limits = {} as XmlLimits;
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof XmlLimits)[]) {
    limits[key] = overrides[key] ?? env(LIMIT_VARIABLES[key], DEFAULT_LIMITS[key]);
  }
  return limits;
}
