/**
 * Configuration end to end (issue 14, point 3): `teikit.config.json` and the `teikit` key of
 * package.json, flags over configuration, `--print-config`, severities per rule and per path,
 * ignored paths, `--rules` adding to the bundled rules, a clash of pattern ids (exit 2), and the
 * build's cache key following the rules.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { ROOT, teikit } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'teikit-config-'));
const CACHE = join(DIR, '.cache');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const FIX = `${ROOT}tests/reporters/fixtures`;

/** A project folder with the fixture documents, rules and schema, and the given configuration. */
function project(name: string, config?: object, pkg?: object): string {
  const dir = join(DIR, name);
  mkdirSync(join(dir, 'edition', 'legacy'), { recursive: true });
  cpSync(`${FIX}/warned/notes.xml`, join(dir, 'edition', 'notes.xml'));
  cpSync(`${FIX}/warned/notes.xml`, join(dir, 'edition', 'legacy', 'old.xml'));
  cpSync(`${FIX}/rules.sch`, join(dir, 'notes.sch'));
  cpSync(`${FIX}/open.rng`, join(dir, 'open.rng'));
  if (config) writeFileSync(join(dir, 'teikit.config.json'), JSON.stringify(config));
  if (pkg) writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  return dir;
}

const run = (cwd: string, ...args: string[]) => teikit(args, { cwd, env: { XDG_CACHE_HOME: CACHE } });
const json = (cwd: string, ...args: string[]) => JSON.parse(run(cwd, 'validate', '--format', 'json', ...args).stdout) as Diagnostic[];
const OWN = { schema: 'open.rng', rules: ['notes.sch'], bundledRules: false };

describe('the configuration file', () => {
  let dir: string;
  beforeAll(() => {
    dir = project('main', { ...OWN, out: 'site', baseUrl: 'https://preview.example.org/', severity: { 'fixture-note-place': 'error' }, overrides: [{ files: ['edition/legacy/**'], severity: { 'fixture-note-place': 'off' } }] });
  });

  it('--print-config shows flags over configuration, with baseUrl, and exits 0', () => {
    const r = run(dir, 'validate', '--print-config', '--schema', 'other.rng');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      configFile: 'teikit.config.json',
      schema: 'other.rng',
      rules: ['notes.sch'],
      bundledRules: false,
      ignore: [],
      out: 'site',
      baseUrl: 'https://preview.example.org/',
      severity: { 'fixture-note-place': 'error' },
      overrides: [{ files: ['edition/legacy/**'], severity: { 'fixture-note-place': 'off' } }],
    });
    expect(JSON.parse(run(dir, 'build', '--print-config', '--out', 'elsewhere').stdout).out).toBe('elsewhere');
  });

  it('sets severities per rule and per path pattern', () => {
    const r = run(dir, 'validate', 'edition');
    expect(r.status).toBe(1);
    const list = json(dir, 'edition');
    expect(list.map((d) => `${d.file}:${d.line} ${d.severity}`)).toEqual(['edition/notes.xml:6 error', 'edition/notes.xml:7 error']);
  });

  it('reads the `teikit` key of package.json, and ignores paths', () => {
    const other = project('pkg', undefined, { name: 'an-edition', teikit: { ...OWN, ignore: ['legacy'] } });
    expect(JSON.parse(run(other, 'validate', '--print-config').stdout).configFile).toBe('package.json#teikit');
    expect(json(other, 'edition').map((d) => d.file)).toEqual(['edition/notes.xml', 'edition/notes.xml']);
  });

  it('refuses a configuration with a wrong key or value, exit 2', () => {
    const wrong = project('wrong', { ...OWN, severty: {} });
    const r = run(wrong, 'validate', 'edition');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('teikit: Unexpected key `severty` in `teikit.config.json`, expected one of `$schema`, `schema`, `rules`, `bundledRules`, `severity`, `overrides`, `ignore`, `out`, `baseUrl`, `docsUrl`, `baseline`, `register`\n');
    expect(run(wrong, 'validate', '--config', 'missing.json', 'edition').status).toBe(2);
  });
});

describe('--rules adds to the bundled rules', () => {
  let dir: string;
  beforeAll(() => {
    dir = project('rules');
  });

  it('runs the bundled rules and the user\'s rules together; --no-bundled-rules runs the user\'s alone', () => {
    const both = new Set(json(dir, '--schema', 'open.rng', '--rules', 'notes.sch', 'edition/notes.xml').map((d) => d.ruleId));
    expect(both.has('fixture-note-place')).toBe(true);
    expect(both.has('id-matches-file')).toBe(true);
    const own = new Set(json(dir, '--schema', 'open.rng', '--rules', 'notes.sch', '--no-bundled-rules', 'edition/notes.xml').map((d) => d.ruleId));
    expect([...own]).toEqual(['fixture-note-place']);
  });

  it('is repeatable', () => {
    writeFileSync(join(dir, 'more.sch'), `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="fixture-has-p"><rule context="tei:body"><report test="tei:p" role="info">A body with a paragraph</report></rule></pattern></schema>`);
    const ids = new Set(json(dir, '--schema', 'open.rng', '--rules', 'notes.sch', '--rules', 'more.sch', '--no-bundled-rules', 'edition/notes.xml').map((d) => d.ruleId));
    expect([...ids].sort()).toEqual(['fixture-has-p', 'fixture-note-place']);
  });

  it('refuses a user pattern with a bundled rule\'s id, exit 2', () => {
    writeFileSync(join(dir, 'clash.sch'), `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">\n  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>\n  <pattern id="ref-resolves"><rule context="tei:note"><assert test="@place">no place</assert></rule></pattern>\n</schema>\n`);
    const r = run(dir, 'validate', '--schema', 'open.rng', '--rules', 'clash.sch', 'edition/notes.xml');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('teikit: clash.sch:3: Unexpected pattern id `ref-resolves`, expected an id that no bundled rule has (rename the pattern, or leave the bundled rules out with --no-bundled-rules)\n');
    expect(run(dir, 'validate', '--schema', 'open.rng', '--rules', 'clash.sch', '--no-bundled-rules', 'edition/notes.xml').status).toBe(1);
  });

  it('the build\'s cache key follows the rules', async () => {
    const { build } = (await import(`${ROOT}lib/index.js`)) as typeof import('../../src/index.js');
    const out = join(dir, 'dist');
    const options = { out, targets: ['text' as const], schema: join(dir, 'open.rng'), jobs: 1 };
    const files = [join(dir, 'edition', 'notes.xml')];
    await build(files, { ...options, rules: [join(dir, 'notes.sch')], bundledRules: false });
    expect((await build(files, { ...options, rules: [join(dir, 'notes.sch')], bundledRules: false })).skipped).toEqual(files);
    expect((await build(files, { ...options, rules: [join(dir, 'notes.sch'), join(dir, 'more.sch')], bundledRules: false })).skipped).toEqual([]);
    expect((await build(files, { ...options, rules: [join(dir, 'notes.sch'), join(dir, 'more.sch')], bundledRules: false, severities: { base: dir, severity: { 'fixture-note-place': 'off' }, overrides: [] } })).skipped).toEqual([]);
  });
});
