/**
 * One build at a time per output folder: a build holds `<out>/.teikit-lock/` (made with mkdir,
 * which is atomic) for as long as it reads and writes the folder. A second build waits for it;
 * after the timeout it stops with a clear message (the CLI exits 2). A lock whose process is gone
 * (a killed build) is taken over.
 */
import { hostname } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeDirs, running } from '../io/write.js';

/** The lock folder's name inside the output folder. */
export const LOCK_NAME = '.teikit-lock';

/** The build could not take the lock in time. */
export class LockTimeout extends Error {
  constructor(out: string, seconds: number, holder: string) {
    super(`Unexpected lock on \`${out}\` held by ${holder} for more than ${seconds} s, expected one build at a time per output folder (wait for the other build, or raise TEIKIT_LOCK_TIMEOUT)`);
    this.name = 'LockTimeout';
  }
}

/** The default wait: TEIKIT_LOCK_TIMEOUT seconds, else ten minutes. */
function defaultTimeout(): number {
  const s = Number(process.env.TEIKIT_LOCK_TIMEOUT);
  return Number.isFinite(s) && s >= 0 ? s : 600;
}

/**
 * Takes the lock of an output folder, waiting for another build to finish.
 * @param out the output folder (made if missing, one level at a time).
 * @param timeoutSeconds how long to wait.
 * @returns a function that releases the lock.
 * @throws LockTimeout when another live build holds it longer; Error when the folder cannot be made.
 */
export async function acquireLock(out: string, timeoutSeconds: number = defaultTimeout()): Promise<() => Promise<void>> {
  await makeDirs(resolve(out));
  const dir = join(out, LOCK_NAME);
  const owner = join(dir, 'owner');
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
    try {
      await mkdir(dir);
      await writeFile(owner, `${process.pid} ${hostname()}\n`);
      return async () => {
        await rm(dir, { recursive: true, force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = (await readFile(owner, 'utf8').catch(() => '')).trim();
    const [pid, host] = holder.split(' ');
    if (pid && host === hostname() && !running(Number(pid))) {
      await rm(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new LockTimeout(out, timeoutSeconds, holder ? `process ${pid} on ${host}` : 'another build');
    await new Promise((r) => setTimeout(r, wait));
  }
}
