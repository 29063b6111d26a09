/**
 * Writing outputs so that nothing is ever half-written under its final name: each file goes to a
 * temporary name in the same folder, is flushed, then renamed over the old one (rename is atomic
 * on one file system). A failure removes the temporary file, leaves the earlier output as it was
 * and is reported as one clear line (`WriteError`). A process killed mid-write leaves at most a
 * hidden `.<name>.<pid>.<random>.tmp` beside the output, never a truncated file under its name;
 * the next build removes those whose process is gone (`sweepStaleTemps`).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations `writeAtomic` uses; tests inject faults (full disk, read-only folder) through them. */
export interface WriteFs {
  mkdir: typeof mkdir;
  open: typeof open;
  rename: typeof rename;
}

const realFs: WriteFs = { mkdir, open, rename };

/** A failed write, with the system error code and the path that was being written. */
export class WriteError extends Error {
  /** The system error code, e.g. `ENOSPC`, `EROFS`, `EACCES`. */
  readonly code: string;
  /** The final path that was not written. */
  readonly path: string;

  constructor(path: string, step: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException)?.code ?? 'unknown';
    const folder = step.startsWith('creating') && code === 'EEXIST';
    const reason = folder ? REASONS.ENOTDIR : (REASONS[code] ?? (cause instanceof Error ? cause.message : String(cause)));
    super(`Unexpected \`${code}\` (${reason}) while ${step} \`${path}\`, expected a writable output folder; the earlier file, if any, is unchanged`, { cause });
    this.name = 'WriteError';
    this.code = code;
    this.path = path;
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a file stands where a folder is needed',
  EEXIST: 'the file already exists',
};

/**
 * Writes a file atomically.
 * @param path the final name.
 * @param content the bytes or text (UTF-8).
 * @param fs file operations (for fault injection in tests).
 * @throws WriteError when any step fails; the temporary file is removed first.
 */
export async function writeAtomic(path: string, content: string | Uint8Array, fs: WriteFs = realFs): Promise<void> {
  const dir = dirname(path);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    throw new WriteError(path, 'creating the folder of', err);
  }
  // The form TEMP_NAME recognises, so that a later build can sweep what a killed writer left.
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let step = 'opening a temporary file for';
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      step = 'writing';
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    step = 'renaming the temporary file to';
    await fs.rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new WriteError(path, step, err);
  }
}

/** The temporary names `writeAtomic` gives: `.<name>.<pid>.<8 hex digits>.tmp`. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Whether a process with this id is running (one we may not signal counts as running). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that writers killed mid-write left in a folder: only names of the
 * form `writeAtomic` gives, and only when their process is no longer running. A missing folder
 * or a file that cannot be removed is left alone.
 * @param dir an output folder.
 * @returns the names removed.
 */
export async function sweepStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || running(Number(m[1]))) continue;
    await rm(join(dir, name), { force: true }).then(() => removed.push(name), () => undefined);
  }
  return removed;
}
