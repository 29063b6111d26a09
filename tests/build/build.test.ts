/**
 * `teikit build` end to end on the real edition: outputs, determinism, the incremental manifest,
 * a failed build leaving earlier outputs as they were, worker threads, duplicate ids, and each
 * document standing alone (issue 11): one that cannot be written is reported and the others are
 * built, with a complete report, a manifest and exit 2.
 */
import { mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestKey } from '../../src/io/keys.js';
import { ROOT, teikit } from '../helpers/cli.js';
import { collection, EDITION, EDITION_ID, editionAs, tempDir } from '../helpers/edition.js';

const outputs = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => !f.startsWith('.')).sort();
const snapshot = (dir: string) => Object.fromEntries(outputs(dir).filter((f) => f.includes('.')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('teikit build', () => {
  it('writes every target and the collection index, exit 0', () => {
    const out = tempDir();
    const r = teikit(['build', EDITION, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const files = outputs(out);
    for (const f of [`${EDITION_ID}.html`, `${EDITION_ID}.txt`, `${EDITION_ID}.diplomatic.txt`, `${EDITION_ID}.json`, 'index.html']) {
      expect(files).toContain(f);
    }
    expect(r.stdout).toMatch(/0 errors/);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const a = tempDir();
    const b = tempDir();
    expect(teikit(['build', EDITION, '--out', a]).status).toBe(0);
    expect(teikit(['build', EDITION, '--out', b]).status).toBe(0);
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('writes only the targets asked for', () => {
    const out = tempDir();
    expect(teikit(['build', EDITION, '--out', out, '--targets', 'text']).status).toBe(0);
    expect(outputs(out).filter((f) => f.startsWith(EDITION_ID))).toEqual([`${EDITION_ID}.diplomatic.txt`, `${EDITION_ID}.txt`]);
    expect(teikit(['build', EDITION, '--out', out, '--targets', 'pdf']).status).toBe(2);
  });

  it('skips unchanged documents, rebuilds changed ones, and --no-cache rebuilds all', () => {
    const dir = collection(2);
    const out = tempDir();
    expect(teikit(['build', dir, '--out', out]).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, '.teikit-manifest.json'), 'utf8')) as { documents: Record<string, unknown> };
    expect(Object.keys(manifest.documents)).toHaveLength(2);
    const txt = join(out, 'copy-01.txt');
    writeFileSync(txt, 'sentinel');
    // Unchanged: not rebuilt, so the sentinel survives.
    expect(teikit(['build', dir, '--out', out]).status).toBe(0);
    expect(readFileSync(txt, 'utf8')).toBe('sentinel');
    // Changed document: rebuilt.
    writeFileSync(join(dir, 'copy-01.xml'), editionAs('copy-01').replace('Soviet Break with Japan</title>', 'Soviet Break with Japan </title>'));
    expect(teikit(['build', dir, '--out', out]).status).toBe(0);
    expect(readFileSync(txt, 'utf8')).not.toBe('sentinel');
    writeFileSync(join(out, 'copy-02.txt'), 'sentinel');
    expect(teikit(['build', dir, '--out', out, '--no-cache']).status).toBe(0);
    expect(readFileSync(join(out, 'copy-02.txt'), 'utf8')).not.toBe('sentinel');
  });

  it('removes the temporary files a killed build left, and no other file', () => {
    const out = tempDir();
    expect(teikit(['build', EDITION, '--out', out]).status).toBe(0);
    // pid 2^22 + 1 is above Linux's largest process id: no process has it.
    const stale = '.teikit-4194305-0a1b2c3d.tmp';
    writeFileSync(join(out, stale), 'half an output');
    writeFileSync(join(out, 'assets', '.teikit-4194305-1a2b3c4d.tmp'), 'half an asset');
    writeFileSync(join(out, 'notes.tmp'), 'the archivist\'s own file');
    expect(teikit(['build', EDITION, '--out', out]).status).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual(['notes.tmp']);
    expect(readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rebuilds a document whose outputs were deleted', () => {
    const out = tempDir();
    expect(teikit(['build', EDITION, '--out', out]).status).toBe(0);
    const html = join(out, `${EDITION_ID}.html`);
    const before = readFileSync(html, 'utf8');
    unlinkSync(html);
    expect(teikit(['build', EDITION, '--out', out]).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toBe(before);
  });

  it('leaves earlier outputs as they were when a document gets an error, exit 1', () => {
    const dir = collection(1);
    const out = tempDir();
    expect(teikit(['build', dir, '--out', out]).status).toBe(0);
    const before = snapshot(out);
    // Not well-formed now.
    writeFileSync(join(dir, 'copy-01.xml'), editionAs('copy-01').replace('</teiHeader>', '</teiHeader'));
    const r = teikit(['build', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/copy-01\.xml/);
    expect(r.stdout).toMatch(/xml-well-formed/);
    // The document's outputs are unchanged; the collection pages say they are from an earlier version.
    const pages = (s: Record<string, string>) => Object.fromEntries(Object.entries(s).filter(([f]) => f !== 'index.html' && f !== 'collection.json'));
    expect(pages(snapshot(out))).toEqual(pages(before));
    expect(r.stdout).toMatch(/outputs not updated/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('pages from an earlier version');
  });

  it('gives the same outputs with two worker threads as with one', { timeout: 240_000 }, () => {
    const dir = collection(5);
    const one = tempDir();
    const two = tempDir();
    expect(teikit(['build', dir, '--out', one, '--jobs', '1']).status).toBe(0);
    expect(teikit(['build', dir, '--out', two, '--jobs', '2']).status).toBe(0);
    expect(snapshot(two)).toEqual(snapshot(one));
    expect(outputs(two).filter((f) => f.endsWith('.json') && f !== 'collection.json' && !f.startsWith('search/'))).toHaveLength(5);
  });

  it('gives the same outputs and report with one worker thread as with two, and writes nothing of an invalid document', () => {
    const dir = collection(1);
    writeFileSync(join(dir, 'copy-02.xml'), editionAs('copy-02').replace('<body>', '<body><bogus/>'));
    const one = tempDir();
    const two = tempDir();
    const a = teikit(['build', dir, '--out', one, '--jobs', '1', '--format', 'json']);
    const b = teikit(['build', dir, '--out', two, '--jobs', '2', '--format', 'json']);
    expect(a.status).toBe(1);
    expect(b.status).toBe(1);
    expect(b.stdout).toBe(a.stdout);
    expect(snapshot(two)).toEqual(snapshot(one));
    expect(outputs(two).filter((f) => f.startsWith('copy-'))).toEqual(['copy-01.diplomatic.txt', 'copy-01.html', 'copy-01.json', 'copy-01.txt']);
  });

  it('reports two documents with one id as an error', () => {
    const dir = collection(1);
    const nested = join(tempDir(), 'copy-01.xml');
    writeFileSync(nested, editionAs('copy-01'));
    const r = teikit(['build', dir, nested, '--out', tempDir(), '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).map((d: { ruleId: string }) => d.ruleId)).toContain('build-duplicate-id');
  });

  it('builds the other documents when one cannot be written, reports it in full, exit 2', () => {
    const dir = collection(2);
    const out = tempDir();
    // An output name taken by a folder: copy-01's text output cannot be written.
    mkdirSync(join(out, 'copy-01.txt'));
    const r = teikit(['build', dir, '--out', out, '--format', 'json']);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as { file: string; ruleId: string; line: number }[];
    expect(report).toEqual([expect.objectContaining({ file: join(dir, 'copy-01.xml'), ruleId: 'build-write', line: 1 })]);
    expect(report[0]).toMatchObject({ message: expect.stringMatching(/EISDIR/) });
    // copy-02 is built; none of copy-01's outputs is written (they go together or not at all).
    const files = outputs(out);
    for (const f of ['copy-02.html', 'copy-02.txt', 'copy-02.json', 'index.html']) expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith('copy-01'))).toEqual(['copy-01.txt']);
    const manifest = JSON.parse(readFileSync(join(out, '.teikit-manifest.json'), 'utf8')) as { documents: Record<string, unknown> };
    // Documents are known by their real path relative to the current folder (src/io/keys.ts).
    expect(Object.keys(manifest.documents)).toEqual([manifestKey(join(dir, 'copy-02.xml'), ROOT)]);
    // Every report format is complete.
    for (const format of ['sarif', 'junit', 'github']) {
      const again = teikit(['build', dir, '--out', out, '--format', format]);
      expect(again.status, format).toBe(2);
      expect(again.stdout, format).toContain('build-write');
    }
  });

  it('builds a document whose xml:id has 240 characters', () => {
    const id = `d${'x'.repeat(239)}`;
    const dir = join(tempDir(), 'in');
    mkdirSync(dir);
    writeFileSync(join(dir, `${id}.xml`), editionAs(id));
    const out = tempDir();
    const r = teikit(['build', dir, '--out', out, '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
    expect(outputs(out)).toContain(`${id}.diplomatic.txt`);
  });

  it('the library builds with the command line\'s defaults: every target', async () => {
    const { build } = (await import(`${ROOT}lib/index.js`)) as typeof import('../../src/index.js');
    const out = tempDir();
    const run = await build([EDITION], { out, jobs: 1 });
    expect(run.results.flatMap((r) => r.diagnostics)).toEqual([]);
    const collection = ['index.html', 'names.html', 'search.html', 'search-index.js', 'collection.json', 'tei/register.xml', 'assets/edition.css', 'assets/view.js', 'assets/collection.css', 'assets/search.js', 'assets/minisearch.js'];
    expect(run.written.sort()).toEqual([`${EDITION_ID}.diplomatic.txt`, `${EDITION_ID}.html`, `${EDITION_ID}.json`, `${EDITION_ID}.txt`, `tei/${EDITION_ID}.xml`, `search/${EDITION_ID}.json`, ...collection].sort());
  });
});

