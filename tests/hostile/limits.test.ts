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
import { ROOT, teikit } from '../helpers/cli.js';
import { bigSparseFile, bigTextNode, quadraticCases, smallTei, unsafePatternTei, writeCases } from './fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-limits-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `validate --format json` and returns the status and the diagnostics. */
function validate(file: string, env: Record<string, string> = {}) {
  const r = teikit(['validate', '--format', 'json', file], { env, timeout: 120_000 });
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
  return { status: r.status, diagnostics: JSON.parse(r.stdout || '[]') as Diagnostic[], stderr: r.stderr };
}

describe('size limits', () => {
  it('refuses a 200 MB file before reading it', () => {
    const file = join(dir, 'huge.xml');
    bigSparseFile(file, 200 * 1024 * 1024);
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.diagnostics).toMatchObject([{ ruleId: 'xml-size', line: 1, column: 1, severity: 'error' }]);
    expect(r.diagnostics[0].message).toBe(`Unexpected file of ${200 * 1024 * 1024} bytes, expected at most ${32 * 1024 * 1024} bytes (raise the limit with TEIKIT_MAX_BYTES)`);
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

describe('limits that keep tree building linear (issue 11)', () => {
  const cases = quadraticCases();
  beforeAll(() => writeCases(dir, cases));

  it('validate stops each case at the gate with its rule id and line', () => {
    for (const c of cases) {
      const r = validate(join(dir, `${c.name}.xml`));
      expect(r.status, c.name).toBe(1);
      expect(r.diagnostics.map((d) => [d.ruleId, d.line, d.severity]), c.name).toEqual([[c.ruleId, c.line, 'error']]);
    }
  });

  it('build and transform stop them the same way, before SaxonJS', () => {
    const out = join(dir, 'out');
    const files = cases.map((c) => join(dir, `${c.name}.xml`));
    const b = teikit(['build', '--format', 'json', '--out', out, ...files]);
    const found = (JSON.parse(b.stdout) as Diagnostic[]).map((d) => [d.file.slice(dir.length + 1), d.ruleId, d.line]);
    expect(found.sort()).toEqual(cases.map((c) => [`${c.name}.xml`, c.ruleId, c.line]).sort());
    expect(b.status).toBe(1);
    for (const c of cases) {
      const t = teikit(['transform', '--to', 'html', join(dir, `${c.name}.xml`)]);
      expect(t.status, c.name).toBe(1);
      expect(t.stdout, c.name).toBe('');
      expect(t.stderr, c.name).toContain(c.ruleId);
    }
  });

  it('each limit is set through its variable', () => {
    const file = join(dir, 'three.xml');
    writeFileSync(file, smallTei('<p rend="a" n="1" xml:lang="en">a<![CDATA[b]]></p>'));
    const rules = (env: Record<string, string>) => validate(file, env).diagnostics.filter((d) => d.source === 'xml').map((d) => d.ruleId);
    expect(rules({})).toEqual([]);
    expect(rules({ TEIKIT_MAX_ATTRIBUTES: '2' })).toEqual(['xml-attributes']);
    expect(rules({ TEIKIT_MAX_NAMESPACES: '0' })).toEqual(['xml-namespaces']);
    expect(rules({ TEIKIT_MAX_ADJACENT_TEXT: '1' })).toEqual(['xml-adjacent-text']);
  });
});

describe('a document\'s regular expression never reaches the backtracking engine (issue 11)', () => {
  it('validate, build and transform report pattern-unsafe at the attribute and exit 1', () => {
    const file = join(dir, 'pattern.xml');
    writeFileSync(file, unsafePatternTei());
    const v = validate(file);
    expect(v.status).toBe(1);
    expect(v.diagnostics.filter((d) => d.ruleId === 'pattern-unsafe').map((d) => [d.line, d.column, d.severity])).toEqual([[3, 5, 'error']]);
    const b = teikit(['build', '--format', 'json', '--out', join(dir, 'pattern-out'), file]);
    expect(b.status).toBe(1);
    expect((JSON.parse(b.stdout) as Diagnostic[]).map((d) => d.ruleId)).toContain('pattern-unsafe');
    const t = teikit(['transform', '--to', 'html', file]);
    expect(t.status).toBe(1);
    expect(t.stderr).toContain('pattern-unsafe');
    expect(t.stdout).toBe('');
  });

  it('the HTML target renders the document without applying the pattern', async () => {
    const file = join(dir, 'pattern.xml');
    writeFileSync(file, unsafePatternTei());
    const { transform } = (await import(`${ROOT}lib/exec/transform-one.js`)) as typeof import('../../src/exec/transform-one.js');
    const { output, result } = await transform({ file, to: 'html' });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['pattern-unsafe']);
    expect(output).toContain('link');
    expect(output).not.toContain('https://example.org/');
  });
});
