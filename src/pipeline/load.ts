/**
 * The first verb: find the documents and read them. Folders are searched for `*.xml` (sorted, so
 * runs are deterministic); a path that does not exist is an `io` diagnostic, not an exception.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decode } from '../xml/decode.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';

/** The files found under the paths given, and the paths that could not be read. */
export interface FileList {
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Expands files and folders into the sorted list of XML files.
 * @param paths files or folders as the user named them.
 */
export async function collectFiles(paths: readonly string[]): Promise<FileList> {
  const files = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      diagnostics.push(ioError(p, 'io-not-found', `Unexpected path \`${p}\`, expected an existing file or folder`));
      continue;
    }
    if (info.isDirectory()) for (const f of await walk(p)) files.add(f);
    else files.add(p);
  }
  return { files: [...files].sort(), diagnostics };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && e.name.endsWith('.xml')) out.push(full);
  }
  return out;
}

/** A document's text, or the diagnostic that says why it could not be read. */
export type Loaded = { file: string; text: string; bytes: Buffer } | { file: string; diagnostic: Diagnostic };

/**
 * Reads and decodes one document, refusing files over the size limit before reading them.
 * @param file the path.
 * @param limits the size bound.
 */
export async function loadDocument(file: string, limits: XmlLimits = resolveLimits()): Promise<Loaded> {
  try {
    const info = await stat(file);
    if (info.size > limits.maxBytes) {
      return { file, diagnostic: { ...ioError(file, 'xml-size', `Unexpected file of ${info.size} bytes, expected at most ${limits.maxBytes} (TEIKIT_MAX_BYTES)`), source: 'xml' } };
    }
    const bytes = await readFile(file);
    const decoded = decode(file, bytes);
    return decoded.diagnostic ? { file, diagnostic: decoded.diagnostic } : { file, text: decoded.text, bytes };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    return { file, diagnostic: ioError(file, 'io-read', `Unexpected read error \`${code}\`, expected a readable file`) };
  }
}

function ioError(file: string, ruleId: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', ruleId, source: 'io', message };
}
