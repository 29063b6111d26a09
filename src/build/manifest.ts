/**
 * Incremental builds: `<out>/.teikit-manifest.json` records, for each document built, the hash
 * of its content and of the register it was checked against, and what was written, under a key
 * that covers everything else the outputs depend on (toolkit version, compiled stylesheets,
 * schema, rules, targets, options). An unchanged document whose outputs are all still there is
 * not rebuilt. Documents are keyed by their real path relative to the current folder
 * (src/io/keys.ts); the documents withdrawn from the collection are kept by id, so their
 * pages stay in place.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IndexEntry } from '../targets/index.js';
import { safeOutputPath } from '../io/out-path.js';

/** The manifest's file name inside the output folder. */
export const MANIFEST_NAME = '.teikit-manifest.json';

/** What the manifest keeps of one document. */
export interface ManifestEntry {
  hash: string;
  /** The hash of the register the document was checked against ('' without one). */
  register?: string;
  /** The last build of the document failed: its outputs are from this earlier version. */
  stale?: boolean;
  written: string[];
  /** Warnings and infos of the last build, reported again when the document is skipped. */
  diagnostics: Diagnostic[];
  entry: IndexEntry;
}

/** The whole manifest. */
export interface Manifest {
  key: string;
  documents: Record<string, ManifestEntry>;
  /** Documents withdrawn from the collection, by id: their address keeps a page that says so. */
  withdrawn?: Record<string, { title: string }>;
  /**
   * The collection pages by name: the hash of what rendered each (its template and the part of
   * the model it reads) and of what was written, so that a page whose model did not change is
   * not rendered again (src/build/finish.ts).
   */
  pages?: Record<string, PageRecord>;
}

/** What the manifest keeps of one collection page. */
export interface PageRecord {
  /** The hash of the page's request (template, model, withdrawn id). */
  model: string;
  /** The hash of the page as written. */
  content: string;
}

/**
 * Diagnostics as the manifest keeps them: with the document's key as their file, so that another
 * spelling of the same path finds them.
 * @param diagnostics the run's diagnostics of one document.
 * @param file the key or the path to put in.
 */
export function withFile(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file }));
}

/**
 * The key of a build's configuration.
 * @param parts toolkit version, stylesheet, schema and rules contents, target list.
 */
export function configKey(parts: readonly (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/**
 * Reads the manifest of an output folder; a missing, unreadable or differently keyed one is empty.
 * @param out the output folder.
 * @param key the current configuration key.
 */
export async function readManifest(out: string, key: string): Promise<Manifest> {
  try {
    const m = JSON.parse(await readFile(join(out, MANIFEST_NAME), 'utf8')) as Manifest;
    if (m.key === key && m.documents && typeof m.documents === 'object') return m;
    if (m.documents && typeof m.documents === 'object') return rekeyed(m, key);
  } catch {
    // No manifest yet, or a broken one: build everything.
  }
  return { key, documents: {} };
}

/**
 * A manifest of another configuration (a new toolkit version, other options, a schema named
 * another way): every document is built again (no entry is fresh), but what the folder holds stays
 * known: the documents withdrawn, and the outputs of documents removed since, which the collection
 * step replaces or removes.
 * @param m the manifest read.
 * @param key the current configuration key.
 */
function rekeyed(m: Manifest, key: string): Manifest {
  const documents: Record<string, ManifestEntry> = {};
  for (const [k, e] of Object.entries(m.documents)) {
    if (e && Array.isArray(e.written) && e.entry && typeof e.entry.id === 'string') documents[k] = { ...e, hash: '', diagnostics: [] };
  }
  const withdrawn = m.withdrawn && typeof m.withdrawn === 'object' ? { withdrawn: m.withdrawn } : {};
  return { key, documents, ...withdrawn };
}

/**
 * Whether a document can be skipped.
 * @param m the manifest.
 * @param out the output folder.
 * @param key the document's manifest key.
 * @param hash its content hash.
 * @param register the hash of the run's register ('' without one).
 */
export function isFresh(m: Manifest, out: string, key: string, hash: string, register = ''): ManifestEntry | undefined {
  const e = m.documents[key];
  if (!e || e.hash !== hash || e.stale || (e.register ?? '') !== register) return undefined;
  return e.written.every((name) => existsSync(safeOutputPath(out, name))) ? e : undefined;
}

/**
 * The manifest's text, documents and withdrawn ids sorted, so one collection gives one manifest
 * (the build commits it like any output).
 * @param m the manifest.
 */
export function manifestText(m: Manifest): string {
  const sorted = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
  const withdrawn = m.withdrawn && Object.keys(m.withdrawn).length ? { withdrawn: sorted(m.withdrawn) } : {};
  const pages = m.pages && Object.keys(m.pages).length ? { pages: sorted(m.pages) } : {};
  return `${JSON.stringify({ key: m.key, documents: sorted(m.documents), ...withdrawn, ...pages }, null, 1)}\n`;
}
