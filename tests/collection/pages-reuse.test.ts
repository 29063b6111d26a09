/**
 * The collection step renders a page again only when what it is rendered from changed, or when the
 * file no longer holds what was written: a build after an edit that leaves the names and the
 * documents' facts as they were takes its pages from the output folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishCollection, type OutputBytes } from '../../src/build/finish.js';
import type { Manifest } from '../../src/build/manifest.js';
import type { PageRequest } from '../../src/targets/collection-stylesheet.js';
import { renderHere } from '../../src/targets/collection-outputs.js';
import type { DocumentRecord } from '../../src/targets/collection-model.js';

const record = (title: string, names: string[]): DocumentRecord => ({
  id: 'd1', title, subtitle: '', kind: 'report', date: '1945-04-13', reportNumber: '', classification: '', released: '', resources: [],
  entities: names.map((n, i) => ({ id: `per_${i}`, kind: 'person', label: n, authorities: [] })),
  occurrences: names.map((n, i) => ({ n: i + 1, pointers: [`#per_${i}`], page: '1', anchor: `occ-${i + 1}`, text: n })),
  pages: [],
});

function manifestOf(title: string, names: string[], before?: Manifest): Manifest {
  return {
    key: 'k',
    documents: { 'ed/d1.xml': { hash: 'h', written: ['d1.html'], diagnostics: [], entry: { id: 'd1', title, files: ['d1.html'], record: record(title, names) } } },
    ...(before?.pages ? { pages: before.pages } : {}),
  };
}

describe('the collection pages of a later build', () => {
  it('are rendered again only when their model changed or their file was changed since', async () => {
    const out = mkdtempSync(join(tmpdir(), 'teikit-pages-'));
    const commit = async (_file: string, files: readonly OutputBytes[]) => {
      for (const f of files) {
        await mkdir(dirname(join(out, f.name)), { recursive: true });
        writeFileSync(join(out, f.name), f.content);
      }
      return undefined;
    };
    let rendered: string[] = [];
    const render = async (requests: readonly PageRequest[]) => {
      rendered = requests.map((r) => r.template);
      return renderHere(requests);
    };
    const step = (m: Manifest) => finishCollection({ out, manifest: m, covers: false, commit, render, exists: () => true });

    const first = manifestOf('Report', ['Anna', 'Carl']);
    await step(first);
    expect(rendered.sort()).toEqual(['index', 'names', 'search']);
    const names = readFileSync(join(out, 'names.html'), 'utf8');

    // The same documents: nothing rendered, the same bytes, the same page records.
    const same = manifestOf('Report', ['Anna', 'Carl'], first);
    await step(same);
    expect(rendered).toEqual([]);
    expect(readFileSync(join(out, 'names.html'), 'utf8')).toBe(names);
    expect(same.pages).toEqual(first.pages);

    // A page changed on disk since is rendered again, and restored.
    writeFileSync(join(out, 'names.html'), 'edited by hand');
    const again = manifestOf('Report', ['Anna', 'Carl'], same);
    await step(again);
    expect(rendered).toEqual(['names']);
    expect(readFileSync(join(out, 'names.html'), 'utf8')).toBe(names);

    // A new name changes the index of names only; a new title changes the index of documents too.
    await step(manifestOf('Report', ['Anna', 'Carl', 'Dora'], again));
    expect(rendered).toEqual(['names']);
    expect(readFileSync(join(out, 'names.html'), 'utf8')).toContain('Dora');
    const retitled = manifestOf('Report, revised', ['Anna', 'Carl', 'Dora'], again);
    await step(retitled);
    expect(rendered.sort()).toEqual(['index', 'names']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Report, revised');
    expect(Object.keys(retitled.pages!).sort()).toEqual(['index.html', 'names.html', 'search.html']);

    // A manifest whose page records are damaged renders every page, and writes sound ones.
    const damaged = { ...manifestOf('Report, revised', ['Anna', 'Carl', 'Dora']), pages: { 'names.html': null, 'index.html': 'x' } as unknown as Manifest['pages'] };
    await step(damaged);
    expect(rendered.sort()).toEqual(['index', 'names', 'search']);
    expect(damaged.pages).toEqual(retitled.pages);
  });
});
