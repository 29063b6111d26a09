/**
 * Copies of the edition under other ids, for build tests that need several documents.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** The edition document. */
export const EDITION = join(ROOT, 'edition/oss-ra-3039s.xml');
/** Its id. */
export const EDITION_ID = 'oss-ra-3039s';

/**
 * The edition's text under another id (root `xml:id` and local `idno`, docs/encoding.md §2–3).
 * @param id the new id.
 */
export function editionAs(id: string): string {
  return readFileSync(EDITION, 'utf8')
    .replace(`xml:id="${EDITION_ID}"`, `xml:id="${id}"`)
    .replace(`<idno type="local">${EDITION_ID}</idno>`, `<idno type="local">${id}</idno>`);
}

/**
 * A fresh temp folder.
 * @param prefix its name's start.
 */
export function tempDir(prefix = 'teikit-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A folder of `count` copies of the edition, `copy-01.xml` …
 * @param count how many.
 */
export function collection(count: number): string {
  const dir = join(tempDir(), 'in');
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const id = `copy-${String(i).padStart(2, '0')}`;
    writeFileSync(join(dir, `${id}.xml`), editionAs(id));
  }
  return dir;
}
