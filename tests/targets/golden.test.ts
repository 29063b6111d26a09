/**
 * Golden files of the valid fixtures: every folder of tests/fixtures/valid is rendered to each
 * target in TARGETS, and every output named `<id>.*` is compared with the file of that name in the
 * folder (text exactly, after line-ending normalisation; JSON as parsed values, key order
 * included). `UPDATE=1 npx vitest run tests/targets/golden.test.ts` rewrites the golden files.
 * Adding a target is adding its name to TARGETS (and a normaliser if it needs one).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TargetName } from '../../lib/targets/index.js';
import { renderFiles, renderInput, validCases } from './render.js';

const TARGETS: TargetName[] = ['text', 'json'];
const UPDATE = process.env.UPDATE === '1';

/** How outputs are compared, by file extension. */
const normalise: Record<string, (s: string) => unknown> = {
  json: (s) => {
    const value: unknown = JSON.parse(s);
    return { value, keys: JSON.stringify(value) };
  },
  txt: (s) => s.replace(/\r\n/g, '\n'),
};

function compare(path: string, actual: string): void {
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `missing golden file ${path} (run with UPDATE=1)`).toBe(true);
  const ext = path.replace(/^.*\./, '');
  const norm = normalise[ext] ?? ((s: string) => s);
  expect(norm(actual)).toEqual(norm(readFileSync(path, 'utf8')));
}

for (const c of validCases()) {
  describe(`fixture ${c.name}`, () => {
    for (const target of TARGETS) {
      it(`renders to ${target} as its golden files`, async () => {
        const input = await renderInput(c.xml);
        const rendered = renderFiles(input, target);
        const own = rendered.files.filter((f) => f.name.startsWith(`${input.id}.`));
        expect(own.length).toBeGreaterThan(0);
        for (const f of own) compare(join(c.dir, f.name), f.content);
        expect(rendered.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      });
    }
  });
}
