/**
 * Where a run's register is (`register.xml`, docs/encoding.md §9): the one named, else the file of
 * that name beside the first input or in a folder above it, up to the current folder. Paths only:
 * reading and checking the register is src/build/register.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** The register's file name. */
export const REGISTER_NAME = 'register.xml';

/**
 * Whether a path is the register (by name): it is never built or validated as a document.
 * @param file a path.
 */
export function isRegister(file: string): boolean {
  return file.split(/[\\/]/).pop() === REGISTER_NAME;
}

/**
 * Finds the register of a run: the one given, else `register.xml` in the folder of the first path
 * (a folder, or a file's folder) or in a folder above it up to the current folder.
 * @param paths the run's files or folders.
 * @param explicit a register named by the caller.
 */
export function findRegister(paths: readonly string[], explicit?: string): string | undefined {
  if (explicit) return explicit;
  const first = paths[0];
  if (first === undefined || !existsSync(first)) return undefined;
  let dir = resolve(statSync(first).isDirectory() ? first : dirname(first));
  const cwd = resolve('.');
  const inside = (d: string) => !relative(cwd, d).startsWith('..') && !isAbsolute(relative(cwd, d));
  for (;;) {
    if (existsSync(join(dir, REGISTER_NAME))) {
      const rel = relative(cwd, join(dir, REGISTER_NAME));
      return inside(dir) ? rel || REGISTER_NAME : join(dir, REGISTER_NAME);
    }
    if (!inside(dir) || dir === cwd || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}
