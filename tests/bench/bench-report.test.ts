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
  const t = (seconds: number, peakMB = 100) => ({ seconds, peakMB });
  const row = (seconds: number, peers: [string, number][] = [], peakMB = 100) => ({
    teikit: t(seconds, peakMB),
    peers: peers.map(([name, s]) => ({ name, result: t(s) })),
  });
  /** Rows where every target holds with a little room. */
  const good = (): Map<string, unknown> =>
    new Map<string, unknown>([
      ['validate-large', row(3.5, [['jing + TEI All', 1.8]], 500)],
      ['transform-html-large', row(13, [['TEI Stylesheets html, Saxon-HE (Java)', 13.6]])],
      ['build-html-large', row(20)],
      ['build-text-large', row(4.9)],
      ['build-json-large', row(19)],
      ['build-all-large', row(29, [], 900)],
      ['validate-collection', row(10, [['jing + TEI All', 5]])],
      ['collection-threads', row(10, [['teikit --jobs 1 on one core (taskset -c 0)', 18], ['teikit --jobs 1, second core free', 15]])],
      ['build-all-edition', row(1.1, [['jing + TEI All (one validation)', 1]])],
      ['collection-incremental', row(3, [['cold build of that document alone', 1.6]])],
    ]);
  const verdicts = (rows: Map<string, unknown>) => checkTargets(rows).map((c: { met?: boolean }) => c.met);
  const replace = (id: string, value: unknown) => {
    const rows = good();
    rows.set(id, value);
    return rows;
  };

  it('checks issue 16 six targets, each met when its figures are within bounds', () => {
    const checks = checkTargets(good());
    expect(checks.map((c: { n: number }) => c.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(verdicts(good())).toEqual([true, true, true, true, true, true]);
    expect(checks[0].measured).toBe('3.50 s / 1.80 s = 1.94×, peak 500 MB');
    expect(checks[3].measured).toBe('18.00 s / 10.00 s = 1.80×; 10.00 s / jing 5.00 s = 2.00×');
  });

  it('says NOT met when one figure is past its bound', () => {
    expect(verdicts(replace('validate-large', row(3.7, [['jing + TEI All', 1.8]], 500)))[0]).toBe(false);
    expect(verdicts(replace('validate-large', row(3.5, [['jing + TEI All', 1.8]], 600)))[0]).toBe(false);
    expect(verdicts(replace('transform-html-large', row(14, [['TEI Stylesheets html', 13.6]])))[1]).toBe(false);
    expect(verdicts(replace('build-json-large', row(20.5)))[2]).toBe(false);
    expect(verdicts(replace('build-text-large', row(5.1)))[2]).toBe(false);
    expect(verdicts(replace('build-all-large', row(31, [], 900)))[2]).toBe(false);
    expect(verdicts(replace('build-all-large', row(29, [], 1024)))[2]).toBe(false);
    expect(verdicts(replace('collection-threads', row(11, [['teikit --jobs 1 on one core', 18]])))[3]).toBe(false);
    expect(verdicts(replace('validate-collection', row(10, [['jing + TEI All', 3]])))[3]).toBe(false);
    expect(verdicts(replace('build-all-edition', row(1.3, [['jing + TEI All (one validation)', 1]])))[4]).toBe(false);
    expect(verdicts(replace('collection-incremental', row(3.3, [['cold build of that document alone', 1.6]])))[5]).toBe(false);
  });

  it('says not measured when a row or its peer is missing, and prints each verdict', () => {
    const rows = good();
    rows.delete('collection-incremental');
    rows.set('transform-html-large', { teikit: t(13), peers: [{ name: 'TEI Stylesheets html', result: { missing: 'not installed' } }] });
    const checks = checkTargets(rows);
    expect(checks.map((c: { met?: boolean }) => c.met)).toEqual([true, undefined, true, true, true, undefined]);
    const text = formatTargets(checks);
    expect(text).toContain('1. validate 10 MB ≤ 2× jing + TEI All, peak < 600 MB: met (3.50 s / 1.80 s = 1.94×, peak 500 MB)');
    expect(text).toContain('2. `transform --to html` 10 MB ≤ TEI Stylesheets html on Saxon-HE (Java): not measured');
    expect(formatTargets(checkTargets(replace('build-json-large', row(21))))).toContain('3. 10 MB: json ≤ 1× html');
    expect(formatTargets(checkTargets(replace('build-json-large', row(21))))).toMatch(/^3\. .*: NOT met \(html 20\.00 s; json 1\.05×/m);
  });
});
