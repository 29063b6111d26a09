/**
 * SaxonJS, loaded once per process and only by the commands that need it (loading it costs about
 * half a second). Stylesheets are compiled SEF files in `lib/sef/`, read once and kept.
 * Documents reach SaxonJS as text that already passed the saxes gate, never as a file name: SaxonJS
 * would decode files itself and fetch what they point at.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as SaxonTypes from 'saxon-js';
import { requireWithCodeCache } from './code-cache.js';

type Saxon = typeof SaxonTypes;
let saxon: Saxon | undefined;
const sefCache = new Map<string, object>();

/**
 * The SaxonJS module, loaded on first use through the V8 code cache; its HTTP client (for
 * resources fetched by URL, which teikit never asks for) loads only if used.
 */
export function saxonJs(): Saxon {
  if (!saxon) saxon = requireWithCodeCache('saxon-js', import.meta.url, { lazy: ['axios'] }) as Saxon;
  return saxon;
}

/** Folder of the compiled stylesheets (`lib/sef/`). */
export const SEF_DIR = fileURLToPath(new URL('../sef/', import.meta.url));

/**
 * A compiled stylesheet, read once per process.
 * @param pathOrName an absolute path to a `.sef.json`, or the name of one in `lib/sef/` (`html`).
 */
export function loadSef(pathOrName: string): object {
  const path = pathOrName.includes('/') ? pathOrName : `${SEF_DIR}${pathOrName}.sef.json`;
  let sef = sefCache.get(path);
  if (!sef) {
    sef = JSON.parse(readFileSync(path, 'utf8')) as object;
    sefCache.set(path, sef);
  }
  return sef;
}

/**
 * Builds a SaxonJS tree from text that passed the well-formedness gate; shared by Schematron and
 * every target so that SaxonJS parses each document once.
 * @param text the decoded document.
 */
export async function saxonDocument(text: string): Promise<SaxonTypes.SaxonNode> {
  return saxonJs().getResource({ text, type: 'xml' });
}
