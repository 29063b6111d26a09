/**
 * Output paths: every name a target produces is resolved inside the output folder, and a name
 * that would land outside it (`../x`, an absolute path) is refused; the id that names a
 * document's outputs is never a path.
 */
import { resolve, sep } from 'node:path';

/**
 * The absolute path of an output name.
 * @param out the output folder.
 * @param name a name relative to it.
 */
export function safeOutputPath(out: string, name: string): string {
  const root = resolve(out);
  const path = resolve(root, name);
  if (!path.startsWith(root + sep)) {
    throw new Error(`Unexpected output name \`${name}\`, expected a name inside \`${out}\``);
  }
  return path;
}

/**
 * The id that names a document's outputs: its `xml:id` when that is a safe file name, otherwise
 * the file's base name made safe. Never a path.
 * @param id the root's `xml:id`, if any.
 * @param file the document's path.
 */
export function outputId(id: string | undefined, file: string): string {
  if (id && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) && !id.includes('..')) return id;
  const base = file.split(/[\\/]/).pop()!.replace(/\.xml$/i, '');
  return base.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[._]+/, '') || 'document';
}
