/**
 * Path patterns of the configuration (`ignore`, `overrides[].files`): `*` matches within one
 * folder name, `**` any number of folders, `?` one character; a pattern without `/` matches a name
 * in any folder, a pattern naming a folder matches everything below it. Paths are compared with
 * `/` separators, relative to the folder of the configuration file.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * A pattern as a regular expression over `/`-separated relative paths.
 * @param pattern the glob.
 */
export function globRegExp(pattern: string): RegExp {
  let p = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (!p.includes('/')) p = `**/${p}`;
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A folder matches what lies below it.
  return new RegExp(`^${out}(?:/.*)?$`);
}

/**
 * A file's path relative to a folder, with `/` separators; undefined when it lies outside.
 * @param file the path as the user named it.
 * @param base the folder (the configuration's).
 */
export function relativeTo(file: string, base: string): string | undefined {
  const rel = relative(base, resolve(file));
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * Whether a file matches any of the patterns.
 * @param file the path as the user named it.
 * @param patterns globs relative to `base`.
 * @param base the folder patterns are relative to.
 */
export function matchesAny(file: string, patterns: readonly string[], base: string): boolean {
  const rel = relativeTo(file, base);
  return rel !== undefined && patterns.some((p) => globRegExp(p).test(rel));
}
