/**
 * The logic of the teikit GitHub Action (action.yml): turns the action's inputs (INPUT_* variables)
 * into one `teikit validate` run that prints workflow commands (annotations), appends the
 * Markdown summary to $GITHUB_STEP_SUMMARY and writes the SARIF file; then sets the step's
 * outputs in $GITHUB_OUTPUT and exits. With `fail-on-findings: false` findings do not fail the
 * step (exit code 1 becomes 0, the `exit-code` output keeps it); a run that could not happen
 * (exit 2) always fails. Plain Node, no dependency: it runs before anything else is loaded.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
const input = (name) => (env[`INPUT_${name}`] ?? '').trim();
const list = (text) => text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);

/**
 * The arguments of `teikit validate` for the inputs.
 * @returns {string[]}
 */
function validateArgs() {
  const args = ['validate', '--format', 'github'];
  if (env.GITHUB_STEP_SUMMARY) args.push('--summary', env.GITHUB_STEP_SUMMARY);
  if (input('SARIF')) args.push('--sarif', input('SARIF'));
  if (input('SCHEMA')) args.push('--schema', input('SCHEMA'));
  for (const r of list(input('RULES'))) args.push('--rules', r);
  if (input('BUNDLED_RULES') === 'false') args.push('--no-bundled-rules');
  if (input('CONFIG')) args.push('--config', input('CONFIG'));
  if (input('BASELINE')) args.push('--baseline', input('BASELINE'));
  if (input('MAX_WARNINGS')) args.push('--max-warnings', input('MAX_WARNINGS'));
  if (input('CHANGED')) args.push(`--changed=${input('CHANGED')}`);
  const docs = input('DOCS_URL') || docsUrl();
  if (docs) args.push('--docs-url', docs);
  args.push('--', ...(input('PATHS') ? input('PATHS').split(/\s+/).filter(Boolean) : ['edition']));
  return args;
}

/** The rule documentation of this action's own version: its repository at its tag. */
function docsUrl() {
  const repo = env.TEIKIT_ACTION_REPOSITORY;
  const ref = env.TEIKIT_ACTION_REF;
  if (!repo || !ref) return '';
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${repo}/blob/${ref}/`;
}

function main() {
  const root = env.GITHUB_ACTION_PATH || join(dirname(fileURLToPath(import.meta.url)), '..');
  const bin = join(root, 'bin', 'teikit.js');
  const r = spawnSync(process.execPath, [bin, ...validateArgs()], { stdio: 'inherit' });
  const code = r.status ?? 2;
  if (r.error) process.stderr.write(`teikit action: ${r.error.message}\n`);
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `exit-code=${code}\nsarif=${input('SARIF')}\nbin=${bin}\n`);
  const tolerate = input('FAIL_ON_FINDINGS') === 'false' && code === 1;
  if (tolerate) process.stdout.write(`::notice title=teikit::validation found problems (exit code 1); fail-on-findings is false, so this step passes\n`);
  process.exitCode = tolerate ? 0 : code;
}

main();
