/**
 * The fixture collection (tests/fixtures/collection/edition: a register, two reports, a memorandum
 * and a cable) copied to a fresh folder, and helpers to look at an output folder.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** The fixture's folder in the repository. */
export const FIXTURE = join(ROOT, 'tests/fixtures/collection/edition');

/** A work folder holding a copy of the fixture as `edition/`, and an empty `dist/` beside it. */
export function workspace(): { dir: string; edition: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'teikit-coll-'));
  cpSync(FIXTURE, join(dir, 'edition'), { recursive: true });
  return { dir, edition: join(dir, 'edition'), out: join(dir, 'dist') };
}

/** Every file under a folder (relative names, sorted), the lock and temporary files left out. */
export function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

/** The bytes of every file under a folder. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(files(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

/** Each file's modification time and inode, to see what a build rewrote. */
export function stamps(dir: string): Record<string, string> {
  return Object.fromEntries(files(dir).map((f) => {
    const s = statSync(join(dir, f));
    return [f, `${s.ino}:${s.mtimeMs}`];
  }));
}

/** The manifest of an output folder. */
export function manifest(out: string): { documents: Record<string, { entry: { id: string }; stale?: boolean }>; withdrawn?: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(out, '.teikit-manifest.json'), 'utf8'));
}

/** A file of the output folder as text. */
export function read(out: string, name: string): string {
  return readFileSync(join(out, name), 'utf8');
}
