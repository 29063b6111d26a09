/**
 * `teikit build --watch`: a change to a document is rebuilt without restarting, and the process
 * stops cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { collection, editionAs, tempDir } from '../helpers/edition.js';

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

it('rebuilds a changed document while watching', async () => {
  const dir = collection(1);
  const out = tempDir();
  const child = spawn(process.execPath, [join(ROOT, 'bin/teikit.js'), 'build', dir, '--out', out, '--watch', '--targets', 'text'], { env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const txt = join(out, 'copy-01.txt');
  try {
    expect(await until(() => stderr.includes('watching'), 30_000)).toBe(true);
    expect(existsSync(txt)).toBe(true);
    expect(readFileSync(txt, 'utf8')).not.toMatch(/WATCHED CHANGE/);
    writeFileSync(join(dir, 'copy-01.xml'), editionAs('copy-01').replace('Meanwhile, in the', 'Meanwhile WATCHED CHANGE, in the'));
    expect(await until(() => readFileSync(txt, 'utf8').includes('WATCHED CHANGE'), 30_000)).toBe(true);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  expect(code).toBe(0);
});
