/**
 * Bounds on untrusted XML. Every document passes the saxes gate with these before anything else
 * (SaxonJS included) sees it: saxes is quadratic on deep nesting in namespace mode and SaxonJS
 * overflows its stack on it, so depth is capped; size is capped before decoding.
 */
export interface XmlLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Deepest element nesting accepted. */
  maxDepth: number;
  /** Longest single text node accepted, in UTF-16 code units. */
  maxTextLength: number;
}

/**
 * Generous for real editions (a FRUS volume is a few MB, TEI nests a few dozen deep), and small
 * enough for SaxonJS: a 60 MB document took 1.6 GB in its tree builder.
 */
export const DEFAULT_LIMITS: XmlLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxDepth: 1000,
  maxTextLength: 16 * 1024 * 1024,
};

/**
 * Limits from the defaults, overridden by the environment (`TEIKIT_MAX_BYTES`, `TEIKIT_MAX_DEPTH`,
 * `TEIKIT_MAX_TEXT`) and then by explicit options.
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
  return {
    maxBytes: overrides.maxBytes ?? env('TEIKIT_MAX_BYTES', DEFAULT_LIMITS.maxBytes),
    maxDepth: overrides.maxDepth ?? env('TEIKIT_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
    maxTextLength: overrides.maxTextLength ?? env('TEIKIT_MAX_TEXT', DEFAULT_LIMITS.maxTextLength),
  };
}
