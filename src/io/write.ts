/**
 * Writing outputs so that nothing is ever half-written under its final name: each file goes to a
 * temporary name in its folder, is flushed, and only when every file of a set is written are they
 * renamed over the old ones (rename is atomic on one file system). The earlier files are kept
 * under a hard link until the renames have all succeeded, so a set is committed whole or not at
 * all: a failure puts the earlier files back, removes the temporary files and is reported as one
 * clear line (`WriteError`). A process killed mid-write leaves at most hidden
 * `.teikit-<pid>-<hex>.tmp` files, short whatever the output's name; the next build removes those
 * whose process is gone (`sweepStaleTemps`). Folders are made one level at a time, so a file
 * system that answers `mkdir` strangely (`/proc`) gives an error instead of a loop.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, link, lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, parse as parsePath } from 'node:path';

/** The file operations writing uses; tests inject faults (full disk, read-only folder) through them. */
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
  ENAMETOOLONG: 'the name is too long for the file system',
  ENOENT: 'the folder cannot be created there',
};

/** One file of a set to commit. */
export interface PendingFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes a file atomically.
 * @param path the final name.
 * @param content the bytes or text (UTF-8).
 * @param fs file operations (for fault injection in tests).
 * @throws WriteError when any step fails; the temporary file is removed first.
 */
export async function writeAtomic(path: string, content: string | Uint8Array, fs: WriteFs = realFs): Promise<void> {
  await commitFiles([{ path, content }], fs);
}

/**
 * Writes a set of files together: all of them, or none (the earlier files stay as they were).
 * @param files final names and contents.
 * @param fs file operations (for fault injection in tests).
 * @throws WriteError for the first step that failed, after undoing the others.
 */
export async function commitFiles(files: readonly PendingFile[], fs: WriteFs = realFs): Promise<void> {
  const temps: { tmp: string; path: string; earlier?: Earlier }[] = [];
  let done = 0;
  try {
    for (const f of files) {
      await makeDirs(dirname(f.path), fs, f.path);
      const tmp = tempName(dirname(f.path));
      temps.push({ tmp, path: f.path });
      await writeTemp(tmp, f.path, f.content, fs);
    }
    for (const t of temps) t.earlier = await keepEarlier(t.path);
    for (const t of temps) {
      await fs.rename(t.tmp, t.path).catch((err: unknown) => {
        throw new WriteError(t.path, 'renaming the temporary file to', err);
      });
      done++;
    }
  } catch (err) {
    for (const t of temps.slice(0, done)) await putBack(t.path, t.earlier).catch(() => undefined);
    throw err instanceof WriteError ? err : new WriteError(files[temps.length - 1]?.path ?? '', 'writing', err);
  } finally {
    for (const t of temps) {
      await rm(t.tmp, { force: true }).catch(() => undefined);
      if (t.earlier?.backup) await rm(t.earlier.backup, { force: true }).catch(() => undefined);
    }
  }
}

/** Writes and flushes one temporary file; a failure removes it. */
async function writeTemp(tmp: string, path: string, content: string | Uint8Array, fs: WriteFs): Promise<void> {
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
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new WriteError(path, step, err);
  }
}

/** A file that was there before a set was committed, and its second name, if one could be made. */
interface Earlier {
  backup?: string;
}

/** Keeps a second name for the file at `path` (a hard link, or a copy), so a failed set can put it back. */
async function keepEarlier(path: string): Promise<Earlier | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return undefined;
  if (info.isDirectory()) throw new WriteError(path, 'replacing', Object.assign(new Error('folder'), { code: 'EISDIR' }));
  const backup = tempName(dirname(path));
  const kept = await link(path, backup).then(
    () => true,
    () => copyFile(path, backup).then(() => true, () => false),
  );
  return kept ? { backup } : {};
}

/** Undoes one rename of a failed set: the earlier file back, or the new one removed if there was none. */
async function putBack(path: string, earlier: Earlier | undefined): Promise<void> {
  if (!earlier) await rm(path, { force: true });
  else if (earlier.backup) await rename(earlier.backup, path);
  // An earlier file that could not be kept stays replaced by the new one rather than lost.
}

/**
 * Creates a folder and its missing parents one level at a time (never `recursive`, which loops
 * forever on file systems such as `/proc`).
 * @param dir the folder.
 * @param fs file operations (for fault injection in tests).
 * @param forPath the file the folder is for, named in the error.
 * @throws WriteError when a level cannot be created.
 */
export async function makeDirs(dir: string, fs: WriteFs = realFs, forPath = dir): Promise<void> {
  const missing: string[] = [];
  const { root } = parsePath(dir);
  for (let d = dir; d !== root && !(await lstat(d).then((s) => s.isDirectory() || s.isSymbolicLink(), () => false)); d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      await fs.mkdir(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && (await lstat(d).then((s) => s.isDirectory(), () => false))) continue;
      throw new WriteError(forPath, 'creating the folder of', err);
    }
  }
}

/** A short temporary name in a folder: `.teikit-<pid>-<8 hex digits>.tmp`. */
function tempName(dir: string): string {
  return join(dir, `.teikit-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** The temporary names this module gives (and the only names `sweepStaleTemps` removes). */
const TEMP_NAME = /^\.teikit-(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * Whether a process with this id is running (one we may not signal counts as running).
 * @param pid the process id.
 */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that writers killed mid-write left in a folder: only names of the
 * form this module gives, and only when their process is no longer running. A missing folder, a
 * link to a folder or a file that cannot be removed is left alone.
 * @param dir an output folder.
 * @returns the names removed.
 */
export async function sweepStaleTemps(dir: string): Promise<string[]> {
  const info = await lstat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || running(Number(m[1]))) continue;
    await rm(join(dir, name), { force: true }).then(() => removed.push(name), () => undefined);
  }
  return removed;
}
