/**
 * CPU profiles for `npm run bench` (BENCH_PROFILE=1): one more run of a teikit command under
 * `node --cpu-prof`, every thread's profile summarised as self time per package or teikit module,
 * so that the table's figures come with where the time went.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bucket a profile frame's self time counts for: a package, a teikit module or V8 itself. */
export function bucketOf(frame) {
  const url = frame.url ?? '';
  if (!url) return frame.functionName || '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  const own = /\/lib\/(.+?)\.js$/.exec(url);
  return own ? `teikit ${own[1]}` : url.replace(/^file:\/\//, '');
}

/** Self time in ms per bucket of one .cpuprofile, all samples counted once. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map();
  profile.samples.forEach((id, i) => {
    const bucket = bucketOf(byId.get(id).callFrame);
    ms.set(bucket, (ms.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return ms;
}

/**
 * Runs `node --cpu-prof <script> …args` once and returns the largest buckets over all threads.
 * @returns {{ threads: number, totalMs: number, top: { bucket: string, ms: number, share: number }[] }}
 */
export function profileRun(script, args, { cwd, top = 8 }) {
  const dir = mkdtempSync(join(tmpdir(), 'teikit-bench-prof-'));
  try {
    spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, script, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const total = new Map();
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    for (const f of files) {
      for (const [bucket, ms] of selfTimes(JSON.parse(readFileSync(join(dir, f), 'utf8')))) {
        total.set(bucket, (total.get(bucket) ?? 0) + ms);
      }
    }
    total.delete('(idle)');
    const totalMs = [...total.values()].reduce((a, b) => a + b, 0);
    const sorted = [...total].sort((a, b) => b[1] - a[1]).slice(0, top);
    return {
      threads: files.length,
      totalMs: Math.round(totalMs),
      top: sorted.map(([bucket, ms]) => ({ bucket, ms: Math.round(ms), share: totalMs ? ms / totalMs : 0 })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
