/**
 * Faults while writing (issue 7): a full disk, a read-only folder, a failed rename and a killed
 * process never leave a half-written file under its final name, and earlier outputs survive. As
 * root, permission bits do not stop writes, so the faults are injected through `WriteFs`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepStaleTemps, type WriteFs, WriteError, writeAtomic } from '../../src/pipeline/write.js';
import { ROOT } from '../helpers/cli.js';

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const real: WriteFs = { mkdir, open, rename };

/** A file system whose handles write the first 10 bytes and then fail with ENOSPC. */
const fullDisk: WriteFs = {
  ...real,
  open: (async (path: string, flags: string) => {
    const handle = await open(path, flags);
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile') {
          return async (content: string | Uint8Array) => {
            await target.write(Buffer.from(content).subarray(0, 10));
            throw errno('ENOSPC');
          };
        }
        const v = Reflect.get(target, key);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  }) as unknown as WriteFs['open'],
};

let dir: string;
let target: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-write-'));
  target = join(dir, 'out', 'doc.html');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function failure(fs: WriteFs): Promise<WriteError> {
  await writeAtomic(target, 'earlier output');
  const err = await writeAtomic(target, 'new output '.repeat(1000), fs).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WriteError);
  expect(readFileSync(target, 'utf8')).toBe('earlier output');
  expect(readdirSync(join(dir, 'out'))).toEqual(['doc.html']);
  const e = err as WriteError;
  expect(e.message).not.toContain('\n');
  expect(e.message).toContain(target);
  return e;
}

describe('writeAtomic under faults', () => {
  it('writes, then replaces, without leaving a temporary file', async () => {
    await writeAtomic(target, 'one');
    await writeAtomic(target, new TextEncoder().encode('two'));
    expect(readFileSync(target, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'out'))).toEqual(['doc.html']);
  });

  it('a full disk (ENOSPC while writing) keeps the earlier file and removes the partial temporary file', async () => {
    const e = await failure(fullDisk);
    expect(e.code).toBe('ENOSPC');
    expect(e.message).toMatch(/^Unexpected `ENOSPC` \(no space left on device\) while writing /);
  });

  it('a read-only folder (EROFS on open) keeps the earlier file', async () => {
    const e = await failure({ ...real, open: (async () => Promise.reject(errno('EROFS'))) as unknown as WriteFs['open'] });
    expect(e.message).toMatch(/^Unexpected `EROFS` \(read-only file system\) while opening a temporary file for /);
  });

  it('a failed rename keeps the earlier file and removes the complete temporary file', async () => {
    const e = await failure({ ...real, rename: async () => Promise.reject(errno('EXDEV')) });
    expect(e.message).toMatch(/^Unexpected `EXDEV` .* while renaming the temporary file to /);
  });

  it('a folder that cannot be created is a clear error', async () => {
    const err = await writeAtomic(target, 'x', { ...real, mkdir: (async () => Promise.reject(errno('EROFS'))) as unknown as WriteFs['mkdir'] }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^Unexpected `EROFS` \(read-only file system\) while creating the folder of /);
  });

  it('a process killed while writing leaves the earlier file under the final name', async () => {
    writeFileSync(join(dir, 'big.txt'), 'earlier output');
    const script = `import { writeAtomic } from ${JSON.stringify(`${ROOT}lib/pipeline/write.js`)};
      await writeAtomic(${JSON.stringify(join(dir, 'big.txt'))}, Buffer.alloc(256 * 1024 * 1024, 120));
      process.stdout.write('done');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const deadline = Date.now() + 30_000;
    let sawTemp = false;
    while (!sawTemp && Date.now() < deadline && child.exitCode === null) {
      sawTemp = readdirSync(dir).some((f) => f.endsWith('.tmp'));
      if (!sawTemp) await new Promise((r) => setTimeout(r, 2));
    }
    child.kill('SIGKILL');
    await exited;
    expect(sawTemp).toBe(true);
    expect(out).toBe('');
    expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toBe('earlier output');
    // The next build sweeps what the killed writer left; the output stays.
    const left = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(await sweepStaleTemps(dir)).toEqual(left);
    expect(readdirSync(dir)).toEqual(['big.txt']);
  }, 60_000);

  it('sweeps only temporary files of writers that are gone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    const names = {
      dead: `.doc.html.${gone.pid}.0a1b2c3d.tmp`,
      alive: `.doc.json.${process.pid}.0a1b2c3d.tmp`,
      other: '.notes.tmp',
      output: 'doc.html',
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x');
    expect(await sweepStaleTemps(dir)).toEqual([names.dead]);
    expect(readdirSync(dir).sort()).toEqual([names.alive, names.other, names.output].sort());
    expect(await sweepStaleTemps(join(dir, 'missing'))).toEqual([]);
  });
});
