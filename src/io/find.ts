/**
 * The first verb's first half: find the documents. Folders are searched for `*.xml` (sorted, so
 * runs are deterministic; other files are ignored); a path that does not exist or cannot be listed
 * is an `io` diagnostic, not an exception. A file name that is not valid UTF-8 cannot be named in
 * a report or a URL: it is reported as such (`io-file-name`), with its bad bytes as `\xNN`.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

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
    } catch (err) {
      diagnostics.push((await undecodableName(p, err)) ?? ioError(p, 'io-not-found', `Unexpected path \`${p}\`, expected an existing file or folder`));
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
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    diagnostics.push(ioError(dir, 'io-read', `Unexpected error \`${code(err)}\` listing the folder, expected a readable folder`));
    return out;
  }
  const named = entries.map((e) => ({ e, name: e.name.toString('utf8') })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { e, name } of named) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    if (!Buffer.from(name, 'utf8').equals(e.name)) {
      if (e.isDirectory() || /\.xml$/i.test(name)) diagnostics.push(badName(join(dir, shown(e.name))));
    } else if (e.isDirectory()) out.push(...(await walk(full, diagnostics)));
    else if (/\.xml$/i.test(name) && (e.isFile() || (e.isSymbolicLink() && (await isFile(full))))) out.push(full);
  }
  return out;
}

/**
 * The diagnostic for a path whose name was not valid UTF-8 (the command line then holds U+FFFD in
 * its place, and the file is not found under that name), or undefined for any other failure.
 * @param path the path as received.
 * @param err the error of the failed access.
 */
export async function undecodableName(path: string, err: unknown): Promise<Diagnostic | undefined> {
  if (code(err) !== 'ENOENT' || !path.includes('\uFFFD')) return undefined;
  const names = await readdir(dirname(path), { encoding: 'buffer' }).catch(() => [] as Buffer[]);
  const raw = names.find((n) => n.toString('utf8') === basename(path) && !Buffer.from(basename(path), 'utf8').equals(n));
  return raw ? badName(join(dirname(path), shown(raw))) : undefined;
}

/** A name's bytes as text: valid UTF-8 as is, every other byte as `\xNN`. */
function shown(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const n = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : 2;
    const piece = bytes.subarray(i, i + n);
    const text = piece.toString('utf8');
    if (!text.includes('\uFFFD') && Buffer.from(text, 'utf8').equals(piece)) {
      out += text;
      i += n;
    } else {
      out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
      i += 1;
    }
  }
  return out;
}

function badName(file: string): Diagnostic {
  return ioError(file, 'io-file-name', `Unexpected file name \`${file}\` that is not valid UTF-8, expected a name in UTF-8 (rename the file)`);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The system error code of an error, or `unknown`.
 * @param err what was thrown.
 */
export function code(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? 'unknown';
}

/**
 * An `io` error at the start of a file.
 * @param file the path.
 * @param ruleId the rule id.
 * @param message "Unexpected …, expected …".
 */
export function ioError(file: string, ruleId: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', ruleId, source: 'io', message };
}
