/**
 * Real TEI from other projects in Chromium (issue "Any TEI in"): every document of
 * ../shared/corpus and ../shared/corpus/kinds, and the fixtures of other kinds in
 * tests/fixtures/any, is rendered by the HTML target and read in the browser: no WCAG 2.1
 * A/AA violation (axe-core) in either view, and no horizontal overflow at a phone's width (390 px).
 * `SCREENS=<folder>` also writes screenshots at desktop and phone widths there.
 * Slow (a page per document and view): run it on its own. Skipped without Chromium; the corpus
 * part is skipped when ../shared/corpus is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/io/read.js';
import { parse } from '../../src/xml/parse.js';
import { htmlTarget } from '../../src/targets/html.js';
import { resolveLimits } from '../../src/xml/limits.js';
import { saxonDocument } from '../../src/saxon/load.js';
import { ROOT, SHARED } from '../helpers/cli.js';
import { axeViolations, HAS_CHROMIUM, launch, SKIP_REASON } from './chromium.js';

const FOLDERS = [join(SHARED, 'corpus'), join(SHARED, 'corpus/kinds')];
const ONLY = process.env.CORPUS_ONLY ? new RegExp(process.env.CORPUS_ONLY) : undefined;
const FIXTURES = join(ROOT, 'tests/fixtures/any');
const files = [
  ...FOLDERS.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.xml')).sort().map((f) => join(d, f))),
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')).sort().map((f) => join(FIXTURES, f)),
].filter((f) => !ONLY || ONLY.test(f));
const SCREENS = process.env.SCREENS;

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.skipIf(!HAS_CHROMIUM || files.length === 0)('real TEI of every kind in Chromium', () => {
  let out = '';
  let browser: Browser;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'teikit-corpus-html-'));
    if (SCREENS) mkdirSync(SCREENS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const file of files) {
    const name = file.replace(/^.*\//, '').replace(/\.xml$/, '');
    const test = it;
    test(`${name}: axe-clean in both views, no overflow at 390 px`, async () => {
      const loaded = await loadDocument(file);
      if ('diagnostic' in loaded) throw new Error(loaded.diagnostic.message);
      const doc = parse(file, loaded.text, [], resolveLimits(), { root: 'any' });
      expect(doc.ok).toBe(true);
      const r = htmlTarget.one({ doc, tree: await saxonDocument(doc.text), id: name }, {});
      const page = join(out, `${name}.html`);
      writeFileSync(page, r.output);
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const tab = await context.newPage();
        await tab.goto(pathToFileURL(page).href);
        if (width === 1280) {
          expect(await axeViolations(tab)).toEqual([]);
          await tab.check('#view-diplomatic');
          expect(await axeViolations(tab)).toEqual([]);
          await tab.check('#view-reading');
        }
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} overflows by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0);
        if (SCREENS) {
          await tab.screenshot({ path: join(SCREENS, `${name}-${width}-top.png`) });
          await tab.evaluate(() => document.getElementById('text-h')?.scrollIntoView());
          await tab.screenshot({ path: join(SCREENS, `${name}-${width}-text.png`) });
        }
        await context.close();
      }
    });
  }
});
