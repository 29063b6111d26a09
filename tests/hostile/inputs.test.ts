/**
 * One loader for every command (issue 11): `validate`, `build` and `transform` answer a FIFO, a
 * device, an empty file, a file over the size limit and a file name that is not UTF-8 with the
 * same rule id and the same exit code, and none of them waits on a FIFO or reads a device.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/edition.js';
import { smallTei } from './fixtures.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('teikit-inputs-');
  writeFileSync(join(dir, 'empty.xml'), '');
  writeFileSync(join(dir, 'big.xml'), smallTei('<p>' + 'x'.repeat(500) + '</p>'));
  mkdirSync(join(dir, 'names'));
  // A name with the byte 0xFF, which no UTF-8 text holds.
  writeFileSync(Buffer.concat([Buffer.from(join(dir, 'names', 'bad-')), Buffer.from([0xff]), Buffer.from('.xml')]), smallTei());
  spawnSync('mkfifo', [join(dir, 'fifo.xml')]);
});

/**
 * Runs a command through the shell, so that the path may hold bytes that are not UTF-8.
 * @param command the subcommand.
 * @param path a shell word giving the path (`"$NAME"`, or a `printf` expression).
 * @param env variables, `NAME` among them.
 */
function run(command: 'validate' | 'build' | 'transform', path: string, env: Record<string, string> = {}): { status: number | null; ruleIds: string[] } {
  const tail = command === 'transform' ? '--to text' : command === 'build' ? `--format json --out ${join(dir, 'out')}` : '--format json';
  const r = spawnSync('sh', ['-c', `exec "${process.execPath}" "${ROOT}bin/teikit.js" ${command} ${path} ${tail}`], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // transform prints the stylish report on stderr: the rule id ends each diagnostic's line.
  const ruleIds = command === 'transform' ? [...r.stderr.matchAll(/ {2}([a-z]+(?:-[a-z]+)+)$/gm)].map((m) => m[1]) : (JSON.parse(r.stdout) as { ruleId: string }[]).map((d) => d.ruleId);
  return { status: r.status, ruleIds };
}

const cases = [
  { name: 'a FIFO', path: () => join(dir, 'fifo.xml'), ruleId: 'io-read', status: 2, skip: () => !existsSync(join(dir, 'fifo.xml')) },
  { name: 'a device (/dev/null)', path: () => '/dev/null', ruleId: 'io-read', status: 2, skip: () => !existsSync('/dev/null') },
  { name: 'an empty file', path: () => join(dir, 'empty.xml'), ruleId: 'xml-empty', status: 1 },
  { name: 'a file over TEIKIT_MAX_BYTES', path: () => join(dir, 'big.xml'), ruleId: 'xml-size', status: 1, env: { TEIKIT_MAX_BYTES: '100' } },
  { name: 'a file name that is not UTF-8', path: () => `${join(dir, 'names', 'bad-')}\xff.xml`, ruleId: 'io-file-name', status: 2, raw: true },
];

describe('every command reads its inputs the same way', () => {
  for (const c of cases) {
    it(`${c.name}: the same rule id and exit code from validate, build and transform`, (ctx) => {
      if (c.skip?.()) ctx.skip();
      // The shell turns `\xff` back into the byte 0xFF.
      const path = c.raw ? `"$(printf '${c.path().replace('\xff', '\\377')}')"` : '"$NAME"';
      for (const command of ['validate', 'build', 'transform'] as const) {
        const r = run(command, path, { NAME: c.path(), ...c.env });
        expect(r, command).toEqual({ status: c.status, ruleIds: [c.ruleId] });
      }
    });
  }

  it('a folder holding a name that is not UTF-8 reports that name, not a missing file', () => {
    const r = run('validate', '"$NAME"', { NAME: join(dir, 'names') });
    expect(r).toEqual({ status: 2, ruleIds: ['io-file-name'] });
  });
});

