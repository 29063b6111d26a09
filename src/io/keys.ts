/**
 * Manifest keys: a document is known by its path relative to the current folder after resolving
 * symbolic links, with `/` separators. Two spellings of one folder (relative, absolute, through a
 * link) give one key, and the key is the same on every clone of the repository.
 */
import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/**
 * The key of a file.
 * @param file the path as typed.
 * @param cwd the folder keys are relative to (default the current one).
 */
export function manifestKey(file: string, cwd: string = process.cwd()): string {
  const real = (p: string): string => {
    try {
      return realpathSync.native(p);
    } catch {
      return resolve(p);
    }
  };
  const rel = relative(real(cwd), real(resolve(cwd, file)));
  return rel.split(sep).join('/');
}

/**
 * A relative URI from one key to another (`register.xml`, `../register.xml`): how a document
 * names the register.
 * @param fromKey the document's key.
 * @param toKey the register's key.
 */
export function relativeHref(fromKey: string, toKey: string): string {
  const from = fromKey.split('/').slice(0, -1);
  const to = toKey.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}
