/**
 * Writing outputs so that nothing is ever half-written under its final name: each file goes to a
 * temporary name in the same folder, is flushed, then renamed over the old one (rename is atomic
 * on one file system). A failure removes the temporary file and leaves the earlier output as it was.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/** The file operations `writeAtomic` uses; tests inject faults through them. */
export interface WriteFs {
  open: typeof open;
  rename: typeof rename;
}

const realFs: WriteFs = { open, rename };

/**
 * Writes a file atomically.
 * @param path the final name.
 * @param content the bytes or text (UTF-8).
 * @param fs file operations (for fault injection in tests).
 */
export async function writeAtomic(path: string, content: string | Uint8Array, fs: WriteFs = realFs): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
