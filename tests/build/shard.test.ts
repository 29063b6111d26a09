import { describe, expect, it } from 'vitest';
import { parseShard, selectShard } from '../../src/io/shard.js';

const files = Array.from({ length: 200 }, (_, i) => `edition/doc-${i}.xml`);

describe('--shard k/n', () => {
  it('splits the file list into disjoint slices that cover it', () => {
    const slices = [1, 2, 3].map((k) => selectShard(files, parseShard(`${k}/3`)));
    expect(slices.flat().sort()).toEqual([...files].sort());
    expect(new Set(slices.flat()).size).toBe(files.length);
    for (const s of slices) expect(s.length).toBeGreaterThan(40);
  });

  it('keeps every file in its slice when files are added', () => {
    const before = selectShard(files, parseShard('2/4'));
    const after = selectShard([...files, 'edition/new-a.xml', 'edition/new-b.xml'], parseShard('2/4'));
    expect(after.filter((f) => files.includes(f))).toEqual(before);
  });

  it('1/1 is everything', () => {
    expect(selectShard(files, parseShard('1/1'))).toEqual(files);
  });

  it.each(['0/2', '3/2', '1/0', 'a/b', '1', '1/2/3'])('rejects %s', (spec) => {
    expect(() => parseShard(spec)).toThrow(/expected `k\/n`/);
  });
});
