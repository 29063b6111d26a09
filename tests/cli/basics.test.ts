import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, teikit } from '../helpers/cli.js';

describe('teikit CLI basics', () => {
  it('prints help listing the three commands, exit 0', () => {
    const r = teikit(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['validate', 'build', 'transform']) expect(r.stdout).toContain(c);
  });

  it('prints the package version, exit 0', () => {
    const r = teikit(['--version']);
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('rejects an unknown command with usage, exit 2', () => {
    const r = teikit(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it('rejects an unknown option with usage, exit 2', () => {
    const r = teikit(['validate', '--no-such-option']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('rejects a bad option value, exit 2', () => {
    const r = teikit(['validate', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });

  it('has help for each subcommand', () => {
    for (const c of ['validate', 'build', 'transform']) {
      const r = teikit([c, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Usage: teikit ${c}`);
    }
  });
});

describe('teikit CLI output to a closed pipe', () => {
  it('exits quietly when the reader stops early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${ROOT}bin/teikit.js" transform "${ROOT}edition/oss-ra-3039s.xml" --to html | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });
});
