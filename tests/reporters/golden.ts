/**
 * Golden files of the reporter tests: the output is compared with `tests/reporters/golden/<name>`;
 * with `UPDATE=1` the file is written instead (read the diff before committing it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = fileURLToPath(new URL('./golden/', import.meta.url));

/**
 * Checks text against its golden file, or rewrites the file under `UPDATE=1`.
 * @param name the golden file's name.
 * @param actual the output.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(DIR, name);
  if (process.env.UPDATE === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${name}: run with UPDATE=1, then read it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
