/**
 * `--changed [<ref>]`: the files that differ from a git commit: tracked files changed in the work
 * tree or the index since the ref, and untracked files that are not ignored. Git is asked, never
 * guessed: outside a work tree, or with a ref git does not know, the command cannot run.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

function why(err: unknown): string {
  const e = err as { stderr?: string; code?: string; message: string };
  if (e.code === 'ENOENT') return 'git is not installed';
  return (e.stderr || e.message).trim().split('\n')[0];
}

/**
 * The absolute paths of the files changed since a ref.
 * @param ref a commit, branch or tag (`HEAD` by default).
 * @param cwd where to ask; default the working folder.
 * @throws Error outside a git work tree, or when git does not know the ref.
 */
export async function changedFiles(ref = 'HEAD', cwd: string = process.cwd()): Promise<Set<string>> {
  let root: string;
  try {
    root = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (err) {
    throw new Error(`Unexpected folder \`${cwd}\` outside a git work tree, expected --changed to run inside one (${why(err)})`);
  }
  if (ref.startsWith('-')) throw new Error(`Unexpected git ref \`${ref}\`, expected a commit, branch or tag`);
  let diff: string;
  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
    diff = await git(['diff', '--name-only', '-z', ref, '--'], root);
  } catch (err) {
    const path = existsSync(resolve(cwd, ref)) ? '; it names a file or folder: put the paths before --changed, or write --changed=<ref>' : '';
    throw new Error(`Unexpected git ref \`${ref}\`, expected a commit, branch or tag that git knows (${why(err) || 'unknown revision'}${path})`);
  }
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  const names = `${diff}${untracked}`.split('\0').filter(Boolean);
  return new Set(names.map((n) => resolve(root, n)));
}
