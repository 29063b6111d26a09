/**
 * Runs the real `teikit` bin (the compiled library, as installed) and captures what it prints.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The package folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shared material beside the project, present in CI, absent in a user's clone. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** What one run of the CLI did. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `teikit` with arguments.
 * @param args the arguments after `teikit`.
 * @param options working directory, environment additions, input.
 */
export function teikit(args: string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [`${ROOT}bin/teikit.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
