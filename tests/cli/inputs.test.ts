/**
 * Consistent options and exits (issue 14, points 4 and 6): no document under the paths is exit 2
 * unless `--allow-empty`, judged before `--shard` and `--changed` narrow the list (an empty shard
 * or nothing changed is exit 0 and says so); `--changed` inside and outside a git work tree;
 * `build -q` and `build --max-warnings`; SARIF `helpUri` from `--docs-url`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { ROOT, teikit } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'teikit-inputs-'));
const CACHE = join(DIR, '.cache');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const FIX = `${ROOT}tests/reporters/fixtures`;
const OWN = ['--schema', `${FIX}/open.rng`, '--rules', `${FIX}/rules.sch`, '--no-bundled-rules'];
const run = (cwd: string, ...args: string[]) => teikit(args, { cwd, env: { XDG_CACHE_HOME: CACHE } });

describe('empty input', () => {
  it('no .xml file under the paths is exit 2, unless --allow-empty', () => {
    mkdirSync(join(DIR, 'empty', 'sub'), { recursive: true });
    writeFileSync(join(DIR, 'empty', 'sub', 'notes.txt'), 'not XML');
    for (const command of ['validate', 'build']) {
      const r = run(DIR, command, 'empty');
      expect(r.status, command).toBe(2);
      expect(r.stderr).toBe('teikit: no TEI documents under `empty` (expected *.xml files; pass --allow-empty when none is fine)\n');
      expect(r.stdout).toBe('');
    }
    const allowed = run(DIR, 'validate', '--allow-empty', 'empty');
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toBe('0 errors, 0 warnings in 0 files\n');
  });

  it('an empty shard is exit 0 and says so; a bad shard is exit 2', () => {
    // One document: with four shards, at least three are empty.
    const codes = [1, 2, 3, 4].map((k) => run(ROOT, 'validate', ...OWN, '--shard', `${k}/4`, `${FIX}/clean`));
    const empty = codes.filter((r) => r.stdout.includes('in 0 files'));
    expect(empty.length).toBe(3);
    for (const r of empty) {
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/^teikit: shard \d\/4 holds none of the 1 documents\n$/);
    }
    expect(run(ROOT, 'validate', '--shard', '5/4', `${FIX}/clean`).status).toBe(2);
  });
});

describe('--changed', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  beforeAll(() => {
    repo = join(DIR, 'repo');
    mkdirSync(join(repo, 'edition'), { recursive: true });
    for (const n of ['a', 'b', 'c']) cpSync(`${FIX}/warned/notes.xml`, join(repo, 'edition', `${n}.xml`));
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'start');
  });
  const files = (...args: string[]) => (JSON.parse(run(repo, 'validate', ...OWN, '--format', 'json', ...args).stdout) as Diagnostic[]).map((d) => d.file);

  it('with nothing changed, exits 0 and says so', () => {
    const r = run(repo, 'validate', ...OWN, 'edition', '--changed');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('teikit: no TEI document under edition changed since HEAD\n');
  });

  it('checks only the documents changed since the ref (default HEAD), untracked ones included', () => {
    writeFileSync(join(repo, 'edition', 'b.xml'), readFileSync(join(repo, 'edition', 'b.xml'), 'utf8').replace('first', 'first!'));
    cpSync(`${FIX}/warned/notes.xml`, join(repo, 'edition', 'd.xml'));
    expect([...new Set(files('edition', '--changed'))]).toEqual(['edition/b.xml', 'edition/d.xml']);
    expect([...new Set(files('--changed', 'HEAD', 'edition'))]).toEqual(['edition/b.xml', 'edition/d.xml']);
  });

  it('checks every document when the register changed', () => {
    writeFileSync(join(repo, 'edition', 'register.xml'), '<register/>');
    const r = run(repo, 'validate', ...OWN, '--format', 'json', '--changed', 'HEAD', 'edition');
    const checked = new Set((JSON.parse(r.stdout) as Diagnostic[]).map((d) => d.file));
    for (const f of ['edition/a.xml', 'edition/b.xml', 'edition/c.xml', 'edition/d.xml']) expect(checked.has(f)).toBe(true);
    rmSync(join(repo, 'edition', 'register.xml'));
  });

  it('exits 2 with a ref git does not know, and outside a git work tree', () => {
    const bad = run(repo, 'validate', ...OWN, '--changed', 'no-such-ref', 'edition');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^teikit: Unexpected git ref `no-such-ref`, expected a commit, branch or tag that git knows/);
    // A path where the ref would be: the message says how to write it.
    expect(run(repo, 'validate', ...OWN, '--changed', 'edition').stderr).toMatch(/it names a file or folder: put the paths before --changed, or write --changed=<ref>\)\n$/);
    const outside = join(DIR, 'not-a-repo');
    mkdirSync(outside);
    cpSync(`${FIX}/clean/letter.xml`, join(outside, 'letter.xml'));
    const r = teikit(['validate', ...OWN, '--changed', '.'], { cwd: outside, env: { XDG_CACHE_HOME: CACHE, GIT_CEILING_DIRECTORIES: DIR } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/outside a git work tree, expected --changed to run inside one/);
  });
});

describe('build -q and --max-warnings', () => {
  it('hides warnings but counts them, and fails on too many', () => {
    const out = join(DIR, 'dist');
    const quiet = run(ROOT, 'build', ...OWN, '--targets', 'text', '--out', out, '-q', `${FIX}/warned`);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('0 errors, 2 warnings (hidden) in 1 file\n');
    const over = run(ROOT, 'build', ...OWN, '--targets', 'text', '--out', out, '--max-warnings', '1', `${FIX}/warned`);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('teikit: 2 warnings, more than --max-warnings 1\n');
    expect(run(ROOT, 'build', ...OWN, '--targets', 'text', '--out', out, '--max-warnings', '2', `${FIX}/warned`).status).toBe(0);
  });
});

describe('SARIF helpUri', () => {
  it('is there when a documentation base URL is configured, and absent otherwise', () => {
    const doc = join(DIR, 'sarif', 'x.xml');
    mkdirSync(join(DIR, 'sarif'));
    cpSync(`${FIX}/clean/letter.xml`, doc);
    const rules = (args: string[]) => (JSON.parse(run(ROOT, 'validate', '--schema', `${FIX}/open.rng`, '--format', 'sarif', ...args, doc).stdout) as Log).runs[0].tool.driver.rules!;
    const plain = rules([]).find((r) => r.id === 'id-matches-file')!;
    expect(plain.helpUri).toBeUndefined();
    const linked = rules(['--docs-url', 'https://example.org/teikit/v0.2.0/']).find((r) => r.id === 'id-matches-file')!;
    expect(linked.helpUri).toBe('https://example.org/teikit/v0.2.0/docs/rules.md#id-matches-file');
  });
});
