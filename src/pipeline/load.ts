/**
 * The first verb: find the documents and read them. Folders are searched for `*.xml` (sorted, so
 * runs are deterministic; other files are ignored); a path that does not exist or cannot be listed
 * is an `io` diagnostic, not an exception. Reading is bounded by the size limit, so a file that
 * grows, a device or a FIFO can never make the process read without end.
 */
import { open, readdir, stat } from 'node:fs/promises';
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
    if (info.isDirectory()) for (const f of await walk(p, diagnostics)) files.add(f);
    else files.add(p);
  }
  return { files: [...files].sort(), diagnostics };
}

/** The `*.xml` files below a folder; symbolic links to files count, links to folders are not followed. */
async function walk(dir: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    diagnostics.push(ioError(dir, 'io-read', `Unexpected error \`${code(err)}\` listing the folder, expected a readable folder`));
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, diagnostics)));
    else if (/\.xml$/i.test(e.name) && (e.isFile() || (e.isSymbolicLink() && (await isFile(full))))) out.push(full);
  }
  return out;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A document's text, or the diagnostic that says why it could not be read. */
export type Loaded = { file: string; text: string; bytes: Buffer } | { file: string; diagnostic: Diagnostic };

/**
 * Reads and decodes one document, refusing files over the size limit before reading them.
 * @param file the path.
 * @param limits the size bound.
 */
export async function loadDocument(file: string, limits: XmlLimits = resolveLimits()): Promise<Loaded> {
  const tooBig = (size: string) => ({
    file,
    diagnostic: { ...ioError(file, 'xml-size', `Unexpected file of ${size} bytes, expected at most ${limits.maxBytes} bytes (raise the limit with TEIKIT_MAX_BYTES)`), source: 'xml' as const },
  });
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'folder' : 'special file (a device, FIFO or socket)';
      return { file, diagnostic: ioError(file, 'io-read', `Unexpected ${what}, expected a regular file`) };
    }
    if (info.size > limits.maxBytes) return tooBig(String(info.size));
    const bytes = await readBounded(file, limits.maxBytes);
    if (!bytes) return tooBig(`more than ${limits.maxBytes}`);
    const decoded = decode(file, bytes);
    return decoded.diagnostic ? { file, diagnostic: decoded.diagnostic } : { file, text: decoded.text, bytes };
  } catch (err) {
    return { file, diagnostic: ioError(file, 'io-read', `Unexpected read error \`${code(err)}\`, expected a readable file`) };
  }
}

/** Reads at most `max` bytes; undefined when the file holds more (it grew since `stat`). */
async function readBounded(file: string, max: number): Promise<Buffer | undefined> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) return undefined;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'unknown';
}

function ioError(file: string, ruleId: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', ruleId, source: 'io', message };
}
