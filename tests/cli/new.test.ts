/**
 * `teikit new`: each kind of template, written into a temporary folder through the real CLI, then
 * validated by the real CLI with no error (and by Jing against TEI All where it runs); the
 * `<?xml-model?>` paths lead to the package's schema and rules; the title is escaped; an existing
 * file, a bad id and a bad date are refused with exit code 2 and nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, teikit } from '../helpers/cli.js';
import { HAVE_JING, HAVE_SHARED, TEI_ALL, jing } from '../relaxng/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'teikit-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const KINDS = ['report', 'memorandum', 'cable', 'letter'];
const TITLE = 'Tom & Jerry\'s "<Memo>"';

describe('teikit new', () => {
  const files = KINDS.map((kind) => join(work, 'edition', `test-${kind}.xml`));

  it('writes each kind of document, with the title escaped', () => {
    for (const kind of KINDS) {
      const r = teikit(['new', `test-${kind}`, '--kind', kind, '--title', TITLE, '--date', '1945-04-09'], { cwd: work });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    for (const f of files) expect(readFileSync(f, 'utf8')).toContain('<title type="main">Tom &amp; Jerry&apos;s &quot;&lt;Memo&gt;&quot;</title>');
  });

  it('writes documents that validate with no error and no warning', () => {
    const r = teikit(['validate', '--format', 'json', ...files], { cwd: work });
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as { diagnostics: { severity: string }[] }[];
    expect(results.flatMap((x) => x.diagnostics)).toEqual([]);
  });

  it.runIf(HAVE_JING && HAVE_SHARED)('writes documents valid against TEI All', () => {
    for (const [file, errors] of jing(TEI_ALL, files)) expect(errors, file).toEqual([]);
  });

  it('points the xml-model instructions at the package schema and rules', () => {
    for (const f of files) {
      const hrefs = [...readFileSync(f, 'utf8').matchAll(/<\?xml-model href="([^"]+)"/g)].map((m) => resolve(dirname(f), decodeURI(m[1]!)));
      expect(hrefs).toEqual([join(ROOT, 'schemas/edition.rng'), join(ROOT, 'schemas/edition.sch')]);
    }
  });

  it('leaves placeholders without --title and --date, and still validates without error', () => {
    const r = teikit(['new', 'plain-memo', '--kind', 'memorandum', '--dir', 'drafts'], { cwd: work });
    expect(r.status).toBe(0);
    const text = readFileSync(join(work, 'drafts/plain-memo.xml'), 'utf8');
    expect(text).toContain('[Title]');
    expect(text).not.toContain('when="1945');
    expect(teikit(['validate', 'drafts'], { cwd: work }).status).toBe(0);
  });

  it('refuses to replace an existing file, exit 2, the file unchanged', () => {
    const file = join(work, 'edition/kept.xml');
    writeFileSync(file, 'mine');
    const r = teikit(['new', 'kept', '--kind', 'letter'], { cwd: work });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/edition\/kept\.xml already exists/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(readdirSync(join(work, 'edition')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an id that is not a lower-case NCName, exit 2, nothing written', () => {
    for (const id of ['Bad_Id', '1945-memo', 'memo--x', 'a/b', 'memo.xml']) {
      const r = teikit(['new', id, '--kind', 'report'], { cwd: work });
      expect(r.status, id).toBe(2);
      expect(r.stderr).toMatch(/invalid document id/);
    }
    expect(existsSync(join(work, 'edition/Bad_Id.xml'))).toBe(false);
  });

  it('refuses a date that is not ISO 8601 and a missing or unknown kind, exit 2', () => {
    expect(teikit(['new', 'dated', '--kind', 'cable', '--date', '9 April 1945'], { cwd: work }).status).toBe(2);
    expect(teikit(['new', 'dated', '--kind', 'cable', '--date', '1945-02-30'], { cwd: work }).status).toBe(2);
    expect(teikit(['new', 'dated'], { cwd: work }).status).toBe(2);
    expect(teikit(['new', 'dated', '--kind', 'diary'], { cwd: work }).status).toBe(2);
    expect(existsSync(join(work, 'edition/dated.xml'))).toBe(false);
  });
});
