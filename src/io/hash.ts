/**
 * Content hashes: what a cache entry knows a file's version by (a document's, the register's).
 */
import { createHash } from 'node:crypto';

/**
 * Hash of a document's bytes.
 * @param bytes the file content.
 */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
