/**
 * Size limits through the real CLI (issue 7): a 200 MB file is refused before it is read, the
 * limit is configurable with TEIKIT_MAX_BYTES, and a single 50 MB text node is refused by the text
 * cap with a clear diagnostic, never a crash. Files are generated into a temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { teikit } from '../helpers/cli.js';
import { bigSparseFile, bigTextNode, smallTei } from './fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-limits-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `validate --format json` and returns the status, the diagnostics and the time taken. */
function validate(file: string, env: Record<string, string> = {}) {
  const t0 = Date.now();
  const r = teikit(['validate', '--format', 'json', file], { env, timeout: 120_000 });
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
  return { status: r.status, diagnostics: JSON.parse(r.stdout || '[]') as Diagnostic[], ms: Date.now() - t0, stderr: r.stderr };
}

describe('size limits', () => {
  it('refuses a 200 MB file before reading it, quickly', () => {
    const file = join(dir, 'huge.xml');
    bigSparseFile(file, 200 * 1024 * 1024);
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.diagnostics).toMatchObject([{ ruleId: 'xml-size', line: 1, column: 1, severity: 'error' }]);
    expect(r.diagnostics[0].message).toBe(`Unexpected file of ${200 * 1024 * 1024} bytes, expected at most ${32 * 1024 * 1024} bytes (raise the limit with TEIKIT_MAX_BYTES)`);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('TEIKIT_MAX_BYTES raises the limit: the 200 MB file is then read and judged on its content', () => {
    const file = join(dir, 'huge.xml');
    const r = validate(file, { TEIKIT_MAX_BYTES: String(300 * 1024 * 1024) });
    expect(r.status).toBe(1);
    expect(r.diagnostics).toMatchObject([{ ruleId: 'xml-encoding', line: 1, column: 42 }]);
    expect(r.diagnostics[0].message).toContain('NUL byte at byte offset 41');
  });

  it('TEIKIT_MAX_BYTES lowers the limit', () => {
    const file = join(dir, 'small.xml');
    writeFileSync(file, smallTei());
    expect(validate(file, { TEIKIT_MAX_BYTES: '50' }).diagnostics).toMatchObject([{ ruleId: 'xml-size' }]);
    expect(validate(file).diagnostics.filter((d) => d.ruleId === 'xml-size')).toEqual([]);
  });

  it('refuses a single 50 MB text node with the text cap, at the start of the text', () => {
    const file = join(dir, 'text.xml');
    bigTextNode(file, 50 * 1024 * 1024);
    // With the default size limit (32 MiB) the file is refused before reading: raise it so that
    // the text cap is what stops it.
    expect(validate(file).diagnostics).toMatchObject([{ ruleId: 'xml-size' }]);
    const r = validate(file, { TEIKIT_MAX_BYTES: String(64 * 1024 * 1024) });
    expect(r.status).toBe(1);
    expect(r.diagnostics).toMatchObject([{ ruleId: 'xml-text-size', line: 2, column: 4 }]);
    expect(r.diagnostics[0].message).toMatch(/^Unexpected text node of 52428800 characters, expected at most 16777216 \(raise the limit with TEIKIT_MAX_TEXT\)$/);
  });
});
