/**
 * How reporters name files: relative to the working folder, with forward slashes, so that CI
 * services (GitHub annotations, SARIF code scanning) can match them to files of the repository.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A file's path relative to `cwd`, normalised, with `/` as separator; absolute when it lies outside
 * `cwd` (a CI service cannot match `../` to a file of its checkout).
 * @param file the path as the user named it (relative paths are taken from `process.cwd()`).
 * @param cwd the folder to be relative to; default `process.cwd()`.
 */
export function reportPath(file: string, cwd: string = process.cwd()): string {
  const abs = resolve(file);
  const rel = relative(cwd, abs);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const path = outside ? abs : rel || '.';
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * A file as a URI reference: relative (percent-encoded segments) inside `cwd`, else a `file:` URI.
 * (SARIF 2.1.0 §3.4.3: `artifactLocation.uri` is a URI reference.)
 * @param file the path as the user named it.
 * @param cwd the folder to be relative to; default `process.cwd()`.
 */
export function fileUri(file: string, cwd: string = process.cwd()): string {
  const path = reportPath(file, cwd);
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split('/').map((s) => encodeURIComponent(s)).join('/');
}
