/**
 * `--shard k/n`: the k-th of n stable slices of a sorted file list, so a collection can be spread
 * over a CI matrix. A file's slice depends on its path alone (a hash of its real path relative to
 * the current folder), so adding a file never moves the others between shards.
 */
import { createHash } from 'node:crypto';
import { manifestKey } from './keys.js';

/** A parsed `k/n`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `k/n` (1 ≤ k ≤ n).
 * @param spec the option value.
 */
export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`Unexpected shard \`${spec}\`, expected \`k/n\` with 1 ≤ k ≤ n`);
  }
  return { index, count };
}

/**
 * The files that belong to a shard.
 * @param files the sorted file list.
 * @param shard which slice.
 */
export function selectShard(files: readonly string[], shard: Shard): string[] {
  return files.filter((f) => {
    // By manifest key (real path relative to the current folder): two spellings of a folder shard alike.
    const h = createHash('sha1').update(manifestKey(f)).digest().readUInt32BE(0);
    return h % shard.count === shard.index - 1;
  });
}
