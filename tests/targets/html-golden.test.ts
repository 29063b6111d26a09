/**
 * Golden HTML pages of the valid fixtures (the same folders as golden.test.ts): each fixture's
 * `<id>.html` is rendered by the HTML target and compared byte for byte, after line-ending
 * normalisation (the output is deterministic: no timestamps, ids from positions).
 * `UPDATE=1 npx vitest run tests/targets/html-golden.test.ts` rewrites the golden pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFiles, renderInput, validCases } from './render.js';

const UPDATE = process.env.UPDATE === '1';

describe('golden HTML pages', () => {
  for (const c of validCases()) {
    it(`renders fixture ${c.name} as its golden page`, async () => {
      const input = await renderInput(c.xml);
      const rendered = renderFiles(input, 'html');
      expect(rendered.files.map((f) => f.name)).toEqual([`${input.id}.html`]);
      const page = rendered.files[0]!;
      const path = join(c.dir, page.name);
      if (UPDATE) writeFileSync(path, page.content);
      expect(existsSync(path), `missing golden file ${path} (run with UPDATE=1)`).toBe(true);
      expect(page.content.replace(/\r\n/g, '\n')).toBe(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
      expect(rendered.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    });
  }
});
