/**
 * Output names come from `@xml:id` (issue 7, "Paths"): `outputId` turns any id into a plain file
 * name, `safeOutputPath` refuses names outside the output folder, and `teikit build` on documents with ids such as `../../x` or an absolute path writes
 * nothing outside `--out`, whatever else it does.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputId as safeId } from '../../src/pipeline/out-path.js';
import { safeOutputPath } from '../../src/pipeline/out-path.js';
import { teikit } from '../helpers/cli.js';
import { TEI_NS } from './fixtures.js';

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
