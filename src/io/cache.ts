/**
 * The user cache for things converted at run time (a user's RELAX NG schema for salve, a user's
 * Schematron compiled to SEF): `$XDG_CACHE_HOME/teikit` or `~/.cache/teikit`, keyed by a hash of
 * the content and the toolkit version, written atomically.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from './write.js';

/** The cache folder. */
export function cacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'teikit');
}

/**
 * Returns the cached product of `content`, producing and storing it on a miss.
 * @param kind a sub-folder (`relaxng`, `schematron`).
 * @param content what the product is made from (its hash is the key).
 * @param produce makes the product on a miss.
 */
export async function cached(kind: string, content: string, produce: () => Promise<string>): Promise<string> {
  const key = createHash('sha256').update(content).digest('hex');
  const path = join(cacheDir(), kind, `${key}.json`);
  try {
    return await readFile(path, 'utf8');
  } catch {
    const product = await produce();
    try {
      await writeAtomic(path, product);
    } catch {
      // A read-only or full cache only costs speed.
    }
    return product;
  }
}
