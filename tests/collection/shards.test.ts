/**
 * Sharded builds and concurrent builds on the fixture collection: the union of `--shard k/n`
 * builds merged with `build --merge` equals one full build byte for byte (manifest included),
 * from separate artifact folders or from one folder holding them all; a missing shard or an id
 * shared across shards stops the merge; two builds into one output folder at once lose no update.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, teikit } from '../helpers/cli.js';
import { files, manifest, read, snapshot, workspace } from './fixture.js';

const run = (cwd: string, ...args: string[]) => teikit(['build', ...args], { cwd });

/** Runs the CLI without waiting (for two builds at once). */
function start(cwd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}bin/teikit.js`, 'build', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('sharded builds', () => {
  it('merged, equal one full build byte for byte, manifest included', () => {
    const w = workspace();
    expect(run(w.dir, 'edition', '--out', 'full').status).toBe(0);
    for (const k of [1, 2, 3]) expect(run(w.dir, 'edition', '--shard', `${k}/3`, '--out', `shard-${k}`).status).toBe(0);
    // A shard writes its documents and its shard manifest, no collection pages.
    expect(files(join(w.dir, 'shard-1')).filter((f) => f === 'index.html' || f === '.teikit-manifest.json')).toEqual([]);
    const r = run(w.dir, '--merge', 'shard-1', 'shard-2', 'shard-3', '--out', 'merged');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(snapshot(join(w.dir, 'merged'))).toEqual(snapshot(join(w.dir, 'full')));
  });

  it('merge in place from one folder holding every shard (artifacts downloaded together)', () => {
    const w = workspace();
    expect(run(w.dir, 'edition', '--out', 'full').status).toBe(0);
    for (const k of [1, 2]) expect(run(w.dir, 'edition', '--shard', `${k}/2`, '--out', `s${k}`).status).toBe(0);
    mkdirSync(join(w.dir, 'site'));
    for (const k of [1, 2]) cpSync(join(w.dir, `s${k}`), join(w.dir, 'site'), { recursive: true });
    expect(run(w.dir, '--merge', 'site', '--out', 'site').status).toBe(0);
    expect(snapshot(join(w.dir, 'site'))).toEqual(snapshot(join(w.dir, 'full')));
  });

  it('stops on a missing shard (exit 2) and on an id shared across shards (exit 1, nothing written)', () => {
    const w = workspace();
    for (const k of [1, 2]) expect(run(w.dir, 'edition', '--shard', `${k}/2`, '--out', `s${k}`).status).toBe(0);
    const missing = run(w.dir, '--merge', 's1', '--out', 'merged');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/without shard 2\/2/);
    // The same id built in two shards (another folder of the same checkout): found by the merge.
    const m = JSON.parse(readFileSync(join(w.dir, 's1', '.teikit-shard-1-of-2.json'), 'utf8'));
    const s2 = JSON.parse(readFileSync(join(w.dir, 's2', '.teikit-shard-2-of-2.json'), 'utf8'));
    const [key, entry] = [...Object.entries(s2.documents), ...Object.entries(m.documents)].find(([k]) => k.includes('memo'))!;
    m.documents[key.replace('edition/', 'edition/x/')] = entry;
    writeFileSync(join(w.dir, 's1', '.teikit-shard-1-of-2.json'), JSON.stringify(m));
    const dup = run(w.dir, '--merge', 's1', 's2', '--out', 'merged', '--format', 'json');
    expect(dup.status).toBe(1);
    expect(dup.stdout).toContain('build-duplicate-id');
    expect(files(join(w.dir, 'merged'))).toEqual([]);
  });
});

describe('concurrent builds into one output folder', () => {
  it('are serialised by the lock: both succeed and no update is lost', async () => {
    const w = workspace();
    const [a, b] = await Promise.all([
      start(w.dir, ['edition/oss-ra-1001.xml', 'edition/memo-1945-04-20.xml', '--out', 'dist']),
      start(w.dir, ['edition/oss-ra-1002.xml', 'edition/cables/cable-1945-05-02.xml', '--out', 'dist']),
    ]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(Object.keys(manifest(w.out).documents)).toHaveLength(4);
    const index = read(w.out, 'index.html');
    for (const id of ['oss-ra-1001', 'memo-1945-04-20', 'oss-ra-1002', 'cable-1945-05-02']) expect(index).toContain(`href="${id}.html"`);
  });

  it('exits 2 with a clear message when another build holds the lock too long', () => {
    const w = workspace();
    mkdirSync(join(w.out, '.teikit-lock'), { recursive: true });
    // This test's own process: alive for as long as the build waits.
    writeFileSync(join(w.out, '.teikit-lock', 'owner'), `${process.pid} ${hostname()}\n`);
    const r = teikit(['build', 'edition', '--out', 'dist'], { cwd: w.dir, env: { TEIKIT_LOCK_TIMEOUT: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/lock on `dist` held by process \d+/);
    expect(files(w.out)).toEqual(['.teikit-lock/owner']);
  });
});
