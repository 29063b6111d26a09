/**
 * `teikit validate --format …` end to end, through the real bin: what each format prints on a
 * tiny fixture folder, and the exit codes 0, 1 and 2. The fixtures bring their own open RELAX NG
 * schema and a one-rule Schematron (a warning), so the findings are the saxes gate's error and
 * that rule's warnings, whatever the bundled schema and rules say.
 */
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { REPORTER_NAMES } from '../../src/reporters/index.js';
import { ROOT, teikit } from '../helpers/cli.js';

const FIX = 'tests/reporters/fixtures';
const CACHE = mkdtempSync(join(tmpdir(), 'teikit-reporters-'));
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

/** `teikit validate` with the fixture schema and rules, and a cache of this test file's own. */
const validate = (...args: string[]) =>
  teikit(['validate', '--schema', `${FIX}/open.rng`, '--rules', `${FIX}/rules.sch`, '--no-bundled-rules', ...args], { env: { XDG_CACHE_HOME: CACHE } });

const sarifSchema = (() => {
  const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const file = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  return ajv.compile<Log>(JSON.parse(readFileSync(file, 'utf8')) as object);
})();
const junitSchema = new Ajv().compile(JSON.parse(readFileSync(new URL('./junit-structure.schema.json', import.meta.url), 'utf8')) as object);
const readJunit = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false, trimValues: false, isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(xml) as {
    testsuites: { '@_failures': string; testsuite: { '@_name': string; testcase: { '@_name': string; failure?: { '@_type': string } }[] }[] };
  };

const UNCLOSED = `${FIX}/broken/unclosed.xml`;

describe('teikit validate --format, on a folder with a not-well-formed file', () => {
  it('stylish: the finding under its file, the summary, exit 1', () => {
    const r = validate(`${FIX}/broken`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(UNCLOSED);
    expect(lines[1]).toMatch(/^ {2}7:\d+ {2}error {2}\S.* {2}xml-well-formed$/);
    expect(lines.at(-1)).toBe('1 error, 0 warnings in 2 files');
  });

  it('json: stdout is exactly one JSON array of diagnostics, exit 1', () => {
    const r = validate('--format', 'json', `${FIX}/broken`);
    expect(r.status).toBe(1);
    const list = JSON.parse(r.stdout) as Diagnostic[];
    expect(list).toEqual([expect.objectContaining({ file: UNCLOSED, line: 7, severity: 'error', source: 'xml', ruleId: 'xml-well-formed' })]);
    expect(r.stdout.trimStart().startsWith('[')).toBe(true);
  });

  it('github: one ::error workflow command, exit 1', () => {
    const r = validate('--format', 'github', `${FIX}/broken`);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${UNCLOSED},line=7,col=\\d+,title=xml-well-formed::[^\\n]+\\n$`));
  });

  it('junit: a failing testcase for the error, a passing one for the clean file, exit 1', () => {
    const r = validate('--format', 'junit', `${FIX}/broken`);
    expect(r.status).toBe(1);
    const doc = readJunit(r.stdout);
    expect(junitSchema(doc), JSON.stringify(junitSchema.errors)).toBe(true);
    expect(doc.testsuites['@_failures']).toBe('1');
    expect(doc.testsuites.testsuite.map((s) => [s['@_name'], s.testcase[0]['@_name'], s.testcase[0].failure?.['@_type']])).toEqual([
      [`${FIX}/broken/letter.xml`, 'valid', undefined],
      [UNCLOSED, expect.stringMatching(/^xml-well-formed at 7:\d+$/), 'xml-well-formed'],
    ]);
  });

  it('sarif: a valid SARIF 2.1.0 log with the result and its region, exit 1', () => {
    const r = validate('--format', 'sarif', `${FIX}/broken`);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as Log;
    expect(sarifSchema(log), JSON.stringify(sarifSchema.errors)).toBe(true);
    const [result] = log.runs[0].results ?? [];
    expect(log.runs[0].results).toHaveLength(1);
    expect(result.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe(UNCLOSED);
    expect(result.locations?.[0].physicalLocation?.region?.startLine).toBe(7);
  });
});

describe('teikit validate exit codes', () => {
  it('offers exactly the formats the reporters provide', () => {
    const help = teikit(['validate', '--help']).stdout.replace(/\s+/g, ' ');
    const choices = /--format <name>.*?\(choices: (.*?)(?:, default: [^)]*)?\)/.exec(help)?.[1];
    expect(choices?.split(', ').map((c) => JSON.parse(c) as string)).toEqual(REPORTER_NAMES);
  });

  it('exits 0 on a clean folder in every format', () => {
    const expected: Record<string, (out: string) => void> = {
      stylish: (out) => expect(out).toBe('0 errors, 0 warnings in 1 file\n'),
      json: (out) => expect(JSON.parse(out)).toEqual([]),
      github: (out) => expect(out).toBe(''),
      junit: (out) => expect(readJunit(out).testsuites.testsuite[0].testcase[0]['@_name']).toBe('valid'),
      sarif: (out) => {
        expect(sarifSchema(JSON.parse(out))).toBe(true);
        expect((JSON.parse(out) as Log).runs[0].results).toEqual([]);
      },
    };
    for (const [format, check] of Object.entries(expected)) {
      const r = validate('--format', format, `${FIX}/clean`);
      expect(r.status, format).toBe(0);
      check(r.stdout);
    }
  });

  it('exits 2 on a path that does not exist, and still reports it', () => {
    const r = validate('--format', 'json', `${FIX}/clean`, `${FIX}/no-such-folder`);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ file: `${FIX}/no-such-folder`, source: 'io', severity: 'error' })]);
  });

  it('exits 2 on a bad option, with nothing on stdout', () => {
    for (const args of [['--format', 'xml'], ['--max-warnings', 'many'], ['--no-such-option']]) {
      const r = validate(...args, `${FIX}/clean`);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toBe('');
    }
  });
});

describe('teikit validate --quiet and --max-warnings', () => {
  it('reports warnings and exits 0 without a bound', () => {
    const r = validate('--format', 'json', `${FIX}/warned`);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as Diagnostic[];
    expect(list.map((d) => [d.line, d.severity, d.ruleId])).toEqual([[6, 'warning', 'fixture-note-place'], [7, 'warning', 'fixture-note-place']]);
  });

  it('exits 1 with more warnings than --max-warnings, 0 with as many', () => {
    const over = validate('--max-warnings', '1', `${FIX}/warned`);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('teikit: 2 warnings, more than --max-warnings 1\n');
    expect(over.stdout.trimEnd().split('\n').at(-1)).toBe('0 errors, 2 warnings in 1 file');
    expect(validate('--max-warnings', '2', `${FIX}/warned`).status).toBe(0);
  });

  it('--quiet drops warnings from the report but --max-warnings still counts them', () => {
    const quiet = validate('--quiet', '--format', 'json', `${FIX}/warned`);
    expect(quiet.status).toBe(0);
    expect(JSON.parse(quiet.stdout)).toEqual([]);
    const stylish = validate('--quiet', `${FIX}/warned`, `${FIX}/broken`);
    expect(stylish.stdout).not.toContain('warning  ');
    expect(stylish.stdout.trimEnd().split('\n').at(-1)).toBe('1 error, 2 warnings (hidden) in 3 files');
    expect(validate('--quiet', '--max-warnings', '0', `${FIX}/warned`).status).toBe(1);
  });

  it('--quiet with --max-warnings says what it hid and why it fails', () => {
    const r = validate('--quiet', '--max-warnings', '1', `${FIX}/warned`);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('0 errors, 2 warnings (hidden) in 1 file\n');
    expect(r.stdout).not.toContain('0 errors, 0 warnings');
    expect(r.stderr).toBe('teikit: 2 warnings, more than --max-warnings 1\n');
  });
});

/** util-linux `script` gives the bin a terminal, to see what stylish does on a TTY. */
const SCRIPT = '/usr/bin/script';

describe('stylish on a terminal', () => {
  const onTty = (env: Record<string, string | undefined>) => {
    const command = `node bin/teikit.js validate --schema ${FIX}/open.rng --rules ${FIX}/rules.sch --no-bundled-rules ${FIX}/warned`;
    const { NO_COLOR: _, ...base } = process.env;
    return spawnSync(SCRIPT, ['-qc', command, '/dev/null'], { cwd: ROOT, env: { ...base, XDG_CACHE_HOME: CACHE, ...env }, encoding: 'utf8' }).stdout;
  };

  it.skipIf(!existsSync(SCRIPT))('is coloured on a TTY, and plain with NO_COLOR (needs util-linux script)', () => {
    expect(onTty({})).toContain('\u001b[33mwarning');
    const plain = onTty({ NO_COLOR: '1' });
    expect(plain).toContain('warning');
    expect(plain).not.toContain('\u001b[');
  });
});
