/**
 * Timing of whole processes for `npm run bench`: several runs of one command line, the median wall
 * and CPU time (user + system, all threads) and the largest peak resident memory, as /usr/bin/time
 * reports them. Without /usr/bin/time, wall time only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const MARK = 'TEIKIT_BENCH_TIME=';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/**
 * Runs `argv` `runs` times from `cwd`.
 * @returns {{ seconds: number, cpuSeconds?: number, peakMB?: number, status: number } | { error: string }}
 */
export function measure(argv, { runs, cwd, okCodes = [0, 1] }) {
  const walls = [];
  const cpus = [];
  let peak = 0;
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const full = TIME ? [TIME, '-f', `${MARK}%U %S %M`, ...argv] : argv;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(full[0], full.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const stderr = r.stderr ?? '';
    const line = stderr.split('\n').find((l) => l.startsWith(MARK));
    if (line) {
      const [user, sys, rssKb] = line.slice(MARK.length).split(' ').map(Number);
      cpus.push(user + sys);
      peak = Math.max(peak, rssKb / 1024);
    }
    status = r.status;
    if (!okCodes.includes(r.status)) {
      const said = (stderr || r.stdout || '').split('\n').filter((l) => l && !l.startsWith(MARK));
      return { error: `exit ${r.status}: ${said.slice(0, 3).join(' ').slice(0, 200)}` };
    }
  }
  return {
    seconds: median(walls),
    cpuSeconds: cpus.length ? median(cpus) : undefined,
    peakMB: TIME ? Math.round(peak) : undefined,
    status,
  };
}
