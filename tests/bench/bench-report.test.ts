/**
 * The benchmark's own arithmetic: profile buckets, self times and the target checks. The timings
 * themselves are never asserted (speed is measured by `npm run bench`, not by tests).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { bucketOf, selfTimes } from './profile.mjs';
// @ts-expect-error plain ESM module without types
import { checkTargets, formatTargets } from './targets.mjs';

describe('profile summary', () => {
  it('names packages, teikit modules and V8 buckets', () => {
    expect(bucketOf({ url: 'file:///x/node_modules/saxon-js/SaxonJS2N.js', functionName: 'a' })).toBe('saxon-js');
    expect(bucketOf({ url: 'file:///x/node_modules/@scope/pkg/i.js', functionName: 'a' })).toBe('@scope/pkg');
    expect(bucketOf({ url: 'file:///x/main/lib/xml/parse.js', functionName: 'a' })).toBe('teikit xml/parse');
    expect(bucketOf({ url: 'node:internal/fs', functionName: 'a' })).toBe('node internals');
    expect(bucketOf({ url: '', functionName: '(garbage collector)' })).toBe('(garbage collector)');
  });

  it('counts each sample once, as self time of its node', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { url: '', functionName: '(root)' } },
        { id: 2, callFrame: { url: 'file:///n/node_modules/saxes/s.js', functionName: 'f' } },
        { id: 3, callFrame: { url: '', functionName: '(garbage collector)' } },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [1000, 2000, 4000, 500],
    };
    const ms = selfTimes(profile);
    expect(ms.get('saxes')).toBe(3.5);
    expect(ms.get('(garbage collector)')).toBe(4);
    expect(ms.has('(root)')).toBe(false);
  });
});

describe('targets', () => {
  const rows = new Map<string, unknown>([
    ['validate-large', { task: 'validate large', ratio: 1.4, teikit: { seconds: 2.8, peakMB: 600 } }],
    ['build-html-large', { task: 'build html large', teikit: { seconds: 12, peakMB: 1100 } }],
    ['collection-threads', { ratio: 0.5 }],
  ]);

  it('says which targets hold and which were not measured', () => {
    const checks = checkTargets(rows);
    const by = (start: string) => checks.find((c: { target: string }) => c.target.startsWith(start));
    expect(by('validate 10 MB')).toMatchObject({ measured: 1.4, met: false });
    expect(by('HTML of the 10 MB')).toMatchObject({ measured: 12, met: true });
    expect(by("collection")).toMatchObject({ measured: 2, met: true });
    expect(by('edition cold')).toMatchObject({ measured: undefined, met: undefined });
    expect(by('peak memory under 1 GB: build html large')).toMatchObject({ measured: 1100, met: false });
    expect(formatTargets(checks)).toContain('| HTML of the 10 MB document under 16 s | 12 | yes |');
  });
});
