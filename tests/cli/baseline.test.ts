/**
 * Baselines end to end (issue 14, point 2, and its "done when"): a legacy corpus with hundreds of
 * errors goes green with a baseline, stays green when lines move, fails on the first new error,
 * and lists what was fixed so that the baseline can shrink. The corpus is generated in a
 * temporary folder, with a permissive schema and a one-rule Schematron whose findings are errors.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { ROOT, teikit } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'teikit-baseline-'));
const CACHE = join(DIR, '.cache');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const RULES = `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="legacy-note-place">
    <rule context="tei:note">
      <assert test="@place">Unexpected \`note\` without \`@place\`, expected \`@place\`</assert>
    </rule>
  </pattern>
</schema>
`;

/** A document with `notes` notes without `@place`, each in a paragraph with an id. */
function doc(notes: number, blankLines = 0): string {
  const ps = Array.from({ length: notes }, (_, i) => `      <p xml:id="p${i + 1}">Text<note>n${i + 1}</note></p>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${'\n'.repeat(blankLines)}<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader/>\n  <text>\n    <body>\n${ps.join('\n')}\n    </body>\n  </text>\n</TEI>\n`;
}

const run = (...args: string[]) =>
  teikit(['validate', '--schema', `${ROOT}tests/reporters/fixtures/open.rng`, '--rules', 'legacy.sch', '--no-bundled-rules', ...args], { cwd: DIR, env: { XDG_CACHE_HOME: CACHE } });

beforeAll(() => {
  writeFileSync(join(DIR, 'legacy.sch'), RULES);
  mkdirSync(join(DIR, 'corpus'));
  // 25 documents × 12 notes: 300 legacy errors.
  for (let i = 1; i <= 25; i++) writeFileSync(join(DIR, 'corpus', `doc-${String(i).padStart(2, '0')}.xml`), doc(12));
});

describe('a legacy corpus under a baseline', () => {
  it('fails without a baseline: 300 errors', () => {
    const r = run('corpus');
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('300 errors, 0 warnings in 25 files');
  });

  it('--update-baseline writes a sorted baseline, counted per file, and the run is green', () => {
    const r = run('--update-baseline', '--baseline', 'baseline.json', 'corpus');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('wrote the baseline baseline.json');
    const b = JSON.parse(readFileSync(join(DIR, 'baseline.json'), 'utf8')) as { version: number; files: Record<string, { rule: string; message: string; count: number; paths: string[] }[]> };
    expect(b.version).toBe(1);
    const names = Object.keys(b.files);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('corpus/doc-01.xml');
    expect(b.files['corpus/doc-01.xml']).toEqual([
      { rule: 'legacy-note-place', message: 'Unexpected `note` without `@place`, expected `@place`', count: 12, paths: Array.from({ length: 12 }, (_, i) => `id('p${i + 1}')/note`) },
    ]);
    // Written twice from the same corpus: the same bytes.
    const first = readFileSync(join(DIR, 'baseline.json'), 'utf8');
    run('--update-baseline', '--baseline', 'baseline.json', 'corpus');
    expect(readFileSync(join(DIR, 'baseline.json'), 'utf8')).toBe(first);
  });

  it('goes green with the baseline, reporting the findings as baselined', () => {
    const r = run('--baseline', 'baseline.json', 'corpus');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('0 errors, 0 warnings in 25 files (300 baselined)\n');
    const json = run('--baseline', 'baseline.json', '--format', 'json', 'corpus');
    const list = JSON.parse(json.stdout) as Diagnostic[];
    expect(list).toHaveLength(300);
    expect(list.every((d) => d.baselined === true && d.severity === 'error')).toBe(true);
    const sarif = JSON.parse(run('--baseline', 'baseline.json', '--format', 'sarif', 'corpus').stdout) as Log;
    const results = sarif.runs[0].results!;
    expect(results.every((x) => x.baselineState === 'unchanged' && x.suppressions?.[0].status === 'accepted')).toBe(true);
    expect(run('--baseline', 'baseline.json', '--format', 'github', 'corpus').stdout).toBe('');
  });

  it('stays green when lines move', () => {
    writeFileSync(join(DIR, 'corpus', 'doc-03.xml'), doc(12, 7));
    expect(run('--baseline', 'baseline.json', 'corpus').status).toBe(0);
  });

  it('fails on the first new error, and names it', () => {
    writeFileSync(join(DIR, 'corpus', 'doc-05.xml'), doc(13));
    const r = run('--baseline', 'baseline.json', 'corpus');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('corpus/doc-05.xml');
    expect(r.stdout).toMatch(/1 error, 0 warnings in 25 files \(300 baselined\)/);
    const json = JSON.parse(run('--baseline', 'baseline.json', '--format', 'json', 'corpus').stdout) as Diagnostic[];
    const fresh = json.filter((d) => !d.baselined);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatchObject({ file: 'corpus/doc-05.xml', ruleId: 'legacy-note-place', line: 18 });
    writeFileSync(join(DIR, 'corpus', 'doc-05.xml'), doc(12));
  });

  it('lists what was fixed so that the baseline can shrink, and shrinks it on update', () => {
    writeFileSync(join(DIR, 'corpus', 'doc-07.xml'), doc(10));
    const r = run('--baseline', 'baseline.json', 'corpus');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('teikit: 2 baselined findings no longer occur; run with --update-baseline to shrink the baseline:');
    expect(r.stderr).toContain('corpus/doc-07.xml  legacy-note-place  Unexpected `note` without `@place`, expected `@place`  (recorded 12, found 10)');
    run('--update-baseline', '--baseline', 'baseline.json', 'corpus');
    const b = JSON.parse(readFileSync(join(DIR, 'baseline.json'), 'utf8')) as { files: Record<string, { count: number }[]> };
    expect(b.files['corpus/doc-07.xml'][0].count).toBe(10);
    expect(run('--baseline', 'baseline.json', 'corpus').stderr).toBe('');
  });

  it('keeps the entries of files a partial run did not check', () => {
    run('--update-baseline', '--baseline', 'baseline.json', 'corpus/doc-01.xml');
    const b = JSON.parse(readFileSync(join(DIR, 'baseline.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(b.files)).toHaveLength(25);
  });

  it('refuses a baseline that is not one, exit 2', () => {
    writeFileSync(join(DIR, 'bad.json'), '{"files": 3}');
    const r = run('--baseline', 'bad.json', 'corpus');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unexpected content in the baseline `bad.json`/);
  });
});
