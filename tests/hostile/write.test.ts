/**
 * Faults while writing (issue 7): a full disk, a read-only folder, a failed rename and a killed
 * process never leave a half-written file under its final name, and earlier outputs survive; a
 * document's outputs are committed together or not at all (issue 11). As root, permission bits do
 * not stop writes, so the faults are injected through `WriteFs`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitFiles, sweepStaleTemps, type WriteFs, WriteError, writeAtomic } from '../../src/io/write.js';
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
    // The child writes half its temporary file through a hooked handle, says so, and waits to be
    // killed: no polling, no timing.
    const script = `import { open } from 'node:fs/promises';
      import { mkdir, rename } from 'node:fs/promises';
      import { writeAtomic } from ${JSON.stringify(`${ROOT}lib/io/write.js`)};
      const hooked = { mkdir, rename, open: async (path, flags) => {
        const handle = await open(path, flags);
        handle.writeFile = async (content) => {
          await handle.write(Buffer.from(content).subarray(0, 1000));
          process.stdout.write('half written');
          await new Promise(() => {});
        };
        return handle;
      } };
      await writeAtomic(${JSON.stringify(join(dir, 'big.txt'))}, Buffer.alloc(64 * 1024, 120), hooked);
      process.stdout.write('done');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('half written')) resolve();
      }),
    );
    const temps = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    child.kill('SIGKILL');
    await exited;
    expect(out).toBe('half written');
    expect(temps).toHaveLength(1);
    expect(temps[0]).toMatch(/^\.teikit-\d+-[0-9a-f]{8}\.tmp$/);
    expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toBe('earlier output');
    // The next build sweeps what the killed writer left; the output stays.
    expect(await sweepStaleTemps(dir)).toEqual(temps);
    expect(readdirSync(dir)).toEqual(['big.txt']);
  });

  it('sweeps only temporary files of writers that are gone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    const names = {
      dead: `.teikit-${gone.pid}-0a1b2c3d.tmp`,
      alive: `.teikit-${process.pid}-0a1b2c3d.tmp`,
      other: '.notes.tmp',
      // The form earlier versions gave, or an archivist's own file: not teikit's, left alone.
      foreign: `.doc.html.${gone.pid}.0a1b2c3d.tmp`,
      output: 'doc.html',
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x');
    expect(await sweepStaleTemps(dir)).toEqual([names.dead]);
    expect(readdirSync(dir).sort()).toEqual([names.alive, names.other, names.foreign, names.output].sort());
    expect(await sweepStaleTemps(join(dir, 'missing'))).toEqual([]);
  });

  it('a link to a folder is not swept through', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, `.teikit-${gone.pid}-0a1b2c3d.tmp`), 'not ours to remove');
    symlinkSync(elsewhere, join(dir, 'assets'));
    expect(await sweepStaleTemps(join(dir, 'assets'))).toEqual([]);
    expect(readdirSync(elsewhere)).toHaveLength(1);
  });
});

describe('commitFiles: a set of outputs together or not at all', () => {
  const files = () => ['a.html', 'a.txt', 'a.json'].map((n) => ({ path: join(dir, 'out', n), content: `new ${n}` }));

  it('a rename that fails after others succeeded puts every earlier file back', async () => {
    await commitFiles(files().map((f) => ({ ...f, content: 'earlier' })).slice(0, 2));
    let renames = 0;
    const failThird: WriteFs = { ...real, rename: async (a, b) => (++renames === 3 ? Promise.reject(errno('EIO')) : rename(a, b)) };
    const err = await commitFiles(files(), failThird).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).path).toBe(join(dir, 'out', 'a.json'));
    // The two earlier files have their earlier content; the new one is not there; no temporary file.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.html', 'a.txt']);
    for (const n of ['a.html', 'a.txt']) expect(readFileSync(join(dir, 'out', n), 'utf8')).toBe('earlier');
  });

  it('a folder under an output name fails the set before any file is replaced', async () => {
    await commitFiles([{ path: join(dir, 'out', 'a.html'), content: 'earlier' }]);
    mkdirSync(join(dir, 'out', 'a.txt'));
    const err = await commitFiles(files()).catch((e: unknown) => e);
    expect((err as WriteError).message).toMatch(/^Unexpected `EISDIR` \(a folder has that name\) while replacing /);
    expect(readFileSync(join(dir, 'out', 'a.html'), 'utf8')).toBe('earlier');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.html', 'a.txt']);
  });

  it('keeps temporary names short, so a 250-character output name can be written', async () => {
    const long = join(dir, 'out', `${'x'.repeat(246)}.txt`);
    await writeAtomic(long, 'long');
    expect(readFileSync(long, 'utf8')).toBe('long');
  });

  it.skipIf(!existsSync('/proc/self'))('a folder that cannot be made under /proc is an error, not a loop', async () => {
    const err = await writeAtomic('/proc/self/teikit-out/doc.html', 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).message).toMatch(/while creating the folder of `\/proc\/self\/teikit-out\/doc.html`/);
  });
});

