/**
 * The GitHub Action (issue 14, point 1): action.yml passes every input to scripts/action.mjs,
 * and the script, run as the runner would run it (faked GITHUB_* variables, a temporary
 * $GITHUB_STEP_SUMMARY and $GITHUB_OUTPUT), annotates the findings, writes the job summary with
 * links to the rules' documentation, writes SARIF, sets its outputs, and fails or not as asked.
 * The npm install step and the Pages deployment of README's workflow run only on GitHub.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'teikit-action-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const FIX = `${ROOT}tests/reporters/fixtures`;
const ACTION = readFileSync(`${ROOT}action.yml`, 'utf8');
const SCRIPT = readFileSync(`${ROOT}scripts/action.mjs`, 'utf8');

let n = 0;
/** Runs the action's script in the workspace with the given inputs. */
function action(inputs: Record<string, string>) {
  const run = join(DIR, `run-${++n}`);
  mkdirSync(run);
  const files = { summary: join(run, 'summary.md'), output: join(run, 'output.txt') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? DIR,
    XDG_CACHE_HOME: join(DIR, '.cache'),
    NO_COLOR: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: join(DIR, 'workspace'),
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    TEIKIT_ACTION_REPOSITORY: 'example-org/teikit',
    TEIKIT_ACTION_REF: 'v0.2.0',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  const r = spawnSync(process.execPath, [`${ROOT}scripts/action.mjs`], { cwd: join(DIR, 'workspace'), env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(files.output, 'utf8').trim().split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(files.summary, 'utf8'), outputs };
}

const OWN = { schema: `${FIX}/open.rng`, rules: `${FIX}/rules.sch` };

beforeAll(() => {
  mkdirSync(join(DIR, 'workspace', 'edition'), { recursive: true });
  cpSync(`${FIX}/warned/notes.xml`, join(DIR, 'workspace', 'edition', 'notes.xml'));
  cpSync(`${FIX}/broken/unclosed.xml`, join(DIR, 'workspace', 'edition', 'unclosed.xml'));
});

describe('action.yml', () => {
  const inputs = [...ACTION.slice(ACTION.indexOf('\ninputs:'), ACTION.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):\n {4}description:/gm)].map((m) => m[1]);

  it('is a composite action that installs teikit from its own checkout', () => {
    expect(ACTION).toMatch(/^runs:\n {2}using: composite$/m);
    expect(ACTION).toMatch(/working-directory: \$\{\{ github.action_path \}\}\n {6}run: npm ci/);
    expect(ACTION).toContain('run: node "$GITHUB_ACTION_PATH/scripts/action.mjs"');
  });

  it('passes every input to the script, which reads each', () => {
    expect(inputs).toEqual(expect.arrayContaining(['paths', 'schema', 'rules', 'config', 'baseline', 'max-warnings', 'sarif', 'fail-on-findings']));
    for (const name of inputs.filter((i) => !['working-directory', 'cache'].includes(i))) {
      const variable = `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
      expect(ACTION, name).toContain(`${variable}: \${{ inputs.${name} }}`);
      expect(SCRIPT, name).toContain(`input('${variable.slice(6)}')`);
    }
  });
});

describe('scripts/action.mjs', () => {
  it('annotates the findings, writes the job summary, SARIF and the outputs, and fails on errors', () => {
    const r = action({ ...OWN, paths: 'edition', sarif: 'teikit.sarif' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=edition\/unclosed.xml,line=\d+,col=\d+,title=xml-well-formed::/m);
    expect(r.stdout).toMatch(/^::warning file=edition\/notes.xml,line=6,col=35,title=fixture-note-place::Unexpected `note` without `@place`, expected `@place`$/m);
    expect(r.summary).toContain('| Files | Errors | Warnings | Baselined |\n| ---: | ---: | ---: | ---: |\n| 2 |');
    expect(r.summary).toContain('[`id-matches-file`](https://github.com/example-org/teikit/blob/v0.2.0/docs/rules.md#id-matches-file)');
    expect(r.summary).toMatch(/\| `fixture-note-place` \| 0 \| 2 \|/);
    expect(r.outputs).toEqual({ 'exit-code': '1', sarif: 'teikit.sarif', bin: `${ROOT}bin/teikit.js` });
    const sarif = JSON.parse(readFileSync(join(DIR, 'workspace', 'teikit.sarif'), 'utf8')) as Log;
    const rule = sarif.runs[0].tool.driver.rules!.find((x) => x.id === 'id-matches-file');
    expect(rule?.helpUri).toBe('https://github.com/example-org/teikit/blob/v0.2.0/docs/rules.md#id-matches-file');
  });

  it('with fail-on-findings false, passes and keeps the exit code as an output', () => {
    const r = action({ ...OWN, paths: 'edition', 'fail-on-findings': 'false' });
    expect(r.status).toBe(0);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.stdout).toContain('::notice title=teikit::validation found problems (exit code 1)');
  });

  it('fails whatever fail-on-findings says when the command cannot run', () => {
    const r = action({ ...OWN, paths: 'no-such-folder', 'fail-on-findings': 'false' });
    expect(r.status).toBe(2);
    expect(r.outputs['exit-code']).toBe('2');
  });

  it('goes green with a baseline and honours max-warnings and bundled-rules', () => {
    const update = spawnSync(process.execPath, [`${ROOT}bin/teikit.js`, 'validate', '--schema', OWN.schema, '--rules', OWN.rules, '--update-baseline', '--baseline', 'baseline.json', 'edition/notes.xml'], { cwd: join(DIR, 'workspace'), env: { ...process.env, XDG_CACHE_HOME: join(DIR, '.cache') }, encoding: 'utf8' });
    expect(update.status).toBe(0);
    const r = action({ ...OWN, paths: 'edition/notes.xml', baseline: 'baseline.json', 'max-warnings': '0' });
    expect(r.status).toBe(0);
    expect(r.summary).toContain('| 1 | 0 | 0 | 3 |');
    const own = action({ ...OWN, paths: 'edition/notes.xml', 'bundled-rules': 'false', 'max-warnings': '1' });
    expect(own.status).toBe(1);
    expect(own.stderr).toContain('teikit: 2 warnings, more than --max-warnings 1');
  });
});
