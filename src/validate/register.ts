/**
 * The register as a document's checks and pages receive it: where it is and which version the run
 * checked (what crosses to worker threads), its tree in each thread (read through the gate once),
 * and the relative URI by which a document names it. The run reads and checks the register itself
 * in src/build/register.ts.
 */
import type { SaxonNode } from 'saxon-js';
import { contentHash } from '../io/hash.js';
import { manifestKey, relativeHref } from '../io/keys.js';
import { loadDocument } from '../io/read.js';
import { saxonDocument } from '../saxon/load.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { parse } from '../xml/parse.js';

/** What crosses to worker threads: where the register is, which version was checked, and its text. */
export interface RegisterRef {
  file: string;
  key: string;
  hash: string;
  /** The decoded text the run read (workers parse it through the gate once, without reading the file again). */
  text?: string;
}

const trees = new Map<string, Promise<SaxonNode | undefined>>();

/**
 * The register's tree in this thread: the text the run read (else the file, when its hash still
 * matches), through the gate, once per thread.
 * @param ref which register, and the hash of the version the run checked.
 * @param limits bounds on untrusted input.
 */
export function registerTree(ref: RegisterRef, limits: Partial<XmlLimits> = {}): Promise<SaxonNode | undefined> {
  const id = `${ref.key}\0${ref.hash}`;
  let t = trees.get(id);
  if (!t) {
    t = (async () => {
      const bounds = resolveLimits(limits);
      let text = ref.text;
      if (text === undefined) {
        const loaded = await loadDocument(ref.file, bounds);
        if ('diagnostic' in loaded || contentHash(loaded.bytes) !== ref.hash) return undefined;
        text = loaded.text;
      }
      const parsed = parse(ref.file, text, [], bounds);
      return parsed.ok ? saxonDocument(parsed.text) : undefined;
    })();
    trees.set(id, t);
  }
  return t;
}

/**
 * How a document names the register: the relative URI from its folder (`register.xml`,
 * `../register.xml`), which its pointers into the register begin with.
 * @param ref the register.
 * @param file the document's path.
 */
export function registerHref(ref: RegisterRef, file: string): string {
  return relativeHref(manifestKey(file), ref.key);
}
