/**
 * Output names come from `@xml:id` (issue 7, "Paths"): `outputId` turns any id into a plain file
 * name, `safeOutputPath` refuses names outside the output folder, and `teikit build` on documents
 * with ids such as `../../x` or an absolute path writes nothing outside `--out`, whatever else it
 * does. Issue 11: an output that is the input (by name, symbolic or hard link) is refused, an
 * empty `--out` is refused, a link inside `--out` is replaced and never written through, and
 * `/proc` gives an error or is skipped, never a hang.
 */
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputId as safeId } from '../../src/io/out-path.js';
import { safeOutputPath } from '../../src/io/out-path.js';
import { teikit } from '../helpers/cli.js';
import { EDITION, EDITION_ID, tempDir } from '../helpers/edition.js';
import { TEI_NS } from './fixtures.js';
import { ROOT } from '../helpers/cli.js';

const ROOT_SCHEMAS = join(ROOT, 'schemas');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every path below a folder, except below `skip`. */
function listing(root: string, skip: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (full === skip) continue;
      out.push(relative(root, full));
      if (e.isDirectory()) walk(full);
    }
  };
  walk(root);
  return out.sort();
}

describe('output names', () => {
  it('outputId keeps a plain id and never returns a path', () => {
    expect(safeId('oss-ra-3039s', 'x.xml')).toBe('oss-ra-3039s');
    const hostile = ['../../etc/x', '/abs/path', '..', '.', '.hidden', 'a/b', 'a\\b', 'C:\\x', '', ' ', '\0', 'x\n', '../'.repeat(50)];
    for (const id of hostile) {
      for (const file of ['doc.xml', '../../etc/passwd.xml', '/abs/..xml', '..xml', '.xml']) {
        const name = safeId(id, file);
        expect(name, `${JSON.stringify(id)} ${file}`).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
        expect(name).not.toMatch(/^\.|\.\./);
      }
    }
    expect(safeId('../../etc/x', 'dir/report.xml')).toBe('report');
  });

  it('safeOutputPath refuses names that leave the output folder', () => {
    expect(safeOutputPath('/o/out', 'a/b.html')).toBe('/o/out/a/b.html');
    for (const name of ['../x', '../../etc/x', '/abs/path', 'a/../../x', '.', '', '..']) {
      expect(() => safeOutputPath('/o/out', name), name).toThrow(/^Unexpected output name/);
    }
  });

  it('build with hostile ids writes nothing outside --out', () => {
    const root = mkdtempSync(join(tmpdir(), 'teikit-paths-'));
    dirs.push(root);
    const escape = `teikit-escape-${process.pid}-${Date.now()}`;
    mkdirSync(join(root, 'deep', 'src'), { recursive: true });
    const doc = (id: string) => `<TEI xmlns="${TEI_NS}" xml:id="${id}"><teiHeader/><text><body><p>x</p></body></text></TEI>`;
    writeFileSync(join(root, 'deep', 'src', 'relative.xml'), doc(`../../${escape}`));
    writeFileSync(join(root, 'deep', 'src', 'absolute.xml'), doc(join(root, escape)));
    writeFileSync(join(root, 'deep', 'src', 'tmp.xml'), doc(`/tmp/${escape}`));
    const out = join(root, 'deep', 'out');
    const before = listing(root, out);
    const r = teikit(['build', join(root, 'deep', 'src'), '--out', out, '--format', 'json']);
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    expect(listing(root, out)).toEqual(before);
    expect(existsSync(`/tmp/${escape}`) || readdirSync('/tmp').some((f) => f.startsWith(escape))).toBe(false);
  });
});

describe('outputs that must not be written', () => {
  const tei = `<TEI xmlns="${TEI_NS}" xml:id="x"><teiHeader/><text><body><p>x</p></body></text></TEI>\n`;

  it('transform -o refuses the input itself, through a symbolic link and through a hard link, exit 2', () => {
    const dir = tempDir('teikit-self-');
    const input = join(dir, 'x.xml');
    writeFileSync(input, tei);
    symlinkSync(input, join(dir, 'link.xml'));
    linkSync(input, join(dir, 'hard.xml'));
    for (const output of [input, join(dir, 'link.xml'), join(dir, 'hard.xml'), join(dir, '.', 'x.xml')]) {
      const r = teikit(['transform', input, '--to', 'text', '-o', output]);
      expect(r.status, output).toBe(2);
      expect(r.stderr).toMatch(/output-is-input/);
      expect(readFileSync(input, 'utf8')).toBe(tei);
    }
    expect(lstatSync(join(dir, 'link.xml')).isSymbolicLink()).toBe(true);
  });

  it('build refuses an output that is an input (a hard link in --out), exit 2, and still writes the index', () => {
    const out = tempDir('teikit-self-out-');
    const input = join(tempDir('teikit-self-in-'), `${EDITION_ID}.xml`);
    writeFileSync(input, readFileSync(EDITION));
    linkSync(input, join(out, `${EDITION_ID}.html`));
    const r = teikit(['build', input, '--out', out, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject([{ file: input, ruleId: 'output-is-input' }]);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(EDITION, 'utf8'));
    expect(existsSync(join(out, `${EDITION_ID}.txt`))).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('refuses an empty --out, exit 2, and writes nothing in the current folder', () => {
    const cwd = tempDir('teikit-empty-out-');
    const r = teikit(['build', EDITION, '--out', ''], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^teikit: Unexpected empty output folder name/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('replaces a link inside --out by a real folder instead of writing through it', () => {
    const out = tempDir('teikit-link-out-');
    const elsewhere = tempDir('teikit-elsewhere-');
    writeFileSync(join(elsewhere, 'edition.css'), 'the archivist\'s own style sheet');
    // A temporary name of a process that is gone: the sweep must not reach it through the link.
    writeFileSync(join(elsewhere, '.teikit-4194305-0a1b2c3d.tmp'), 'not teikit\'s to remove');
    symlinkSync(elsewhere, join(out, 'assets'));
    const r = teikit(['build', EDITION, '--out', out]);
    expect(r.status).toBe(0);
    expect(lstatSync(join(out, 'assets')).isDirectory()).toBe(true);
    expect(readdirSync(join(out, 'assets')).sort()).toEqual(['collection.css', 'edition.css', 'minisearch.js', 'search.js', 'view.js']);
    expect(readdirSync(elsewhere).sort()).toEqual(['.teikit-4194305-0a1b2c3d.tmp', 'edition.css']);
    expect(readFileSync(join(elsewhere, 'edition.css'), 'utf8')).toBe('the archivist\'s own style sheet');
  });
});

describe.skipIf(!existsSync('/proc/self'))('/proc', () => {
  it('--out /proc/self/x is an error on each document, with a complete report, not a hang', () => {
    const r = teikit(['build', EDITION, '--out', '/proc/self/x', '--format', 'json'], { timeout: 120_000 });
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as { file: string; ruleId: string }[];
    expect(report.find((d) => d.file === EDITION)).toMatchObject({ ruleId: 'build-write' });
  });

  it('XDG_CACHE_HOME=/proc/self: the cache is skipped, validate and a user schema still work', () => {
    const r = teikit(['validate', EDITION, '--schema', join(ROOT_SCHEMAS, 'edition.rng'), '--format', 'json'], { env: { XDG_CACHE_HOME: '/proc/self' }, timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
  });
});

