/**
 * Failure paths of the CLI (issue 7, "Exit codes and messages"): one clear line per problem,
 * exit 1 when the input is at fault and 2 when the command could not run, and a stack trace only
 * with `--debug`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teikit } from '../helpers/cli.js';
import { smallTei } from './fixtures.js';

const STACK = /^\s+at /m;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-exit-'));
  writeFileSync(join(dir, 'doc.xml'), smallTei());
  writeFileSync(join(dir, 'a-file'), 'x');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('failure paths', () => {
  it('a missing path: exit 2, one line naming it', () => {
    const r = teikit(['validate', join(dir, 'missing')]);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect((r.stdout + r.stderr).split('\n').filter((l) => l.includes('missing'))).toHaveLength(2); // file heading + diagnostic
  });

  it('transform of a folder: exit 2 with `Unexpected folder`', () => {
    const r = teikit(['transform', '--to', 'text', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unexpected folder, expected a regular file');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it('a device is refused at once instead of being read without end', () => {
    if (!existsSync('/dev/zero')) return;
    const r = teikit(['validate', '--format', 'json', '/dev/zero'], { timeout: 20_000 });
    expect(r.status).not.toBeNull();
    expect(JSON.parse(r.stdout)).toMatchObject([{ ruleId: 'io-read', source: 'io' }]);
  });

  it('an output that cannot be written: exit 2, one line, a stack trace only with --debug', () => {
    const out = join(dir, 'a-file', 'out.txt');
    const doc = join(dir, 'doc.xml');
    const plain = teikit(['transform', '--to', 'text', doc, '-o', out]);
    const debug = teikit(['--debug', 'transform', '--to', 'text', doc, '-o', out]);
    expect([plain.status, debug.status]).toEqual([2, 2]);
    // The document may not render yet while the targets are being written: either way no stack.
    expect(plain.stdout + plain.stderr).not.toMatch(STACK);
    const line = plain.stderr.split('\n').find((l) => l.startsWith('teikit: '));
    expect(line).toBeDefined();
    if (/`E(EXIST|NOTDIR)`/.test(plain.stderr)) {
      expect(line).toMatch(/^teikit: Unexpected `E(EXIST|NOTDIR)` \(a file stands where a folder is needed\) while creating the folder of /);
      expect(debug.stderr).toMatch(STACK);
    }
  });
});
