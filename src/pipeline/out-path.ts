/**
 * Output paths: every name a target produces is resolved inside the output folder, and a name
 * that would land outside it (`../x`, an absolute path) is refused.
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
