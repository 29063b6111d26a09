/**
 * The collection pages in headless Chromium: index.html, names.html, search.html, a withdrawn
 * document's page and a document page, built from the fixture collection by the real CLI and read
 * from file:// as a reader would: accessibility (axe-core, WCAG 2.1 A/AA), every link lands (the
 * file exists and so does the element its fragment names), no sideways scrolling at 390 px,
 * usable without JavaScript, and search working offline.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, HAS_CHROMIUM, launch, SKIP_REASON } from '../browser/chromium.js';
import { teikit } from '../helpers/cli.js';
import { workspace } from './fixture.js';

const PAGES = ['index.html', 'names.html', 'search.html', 'oss-ra-0999.html', 'oss-ra-1001.html', 'cable-1945-05-02.html'];

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.skipIf(!HAS_CHROMIUM)('the collection pages in Chromium', () => {
  let out = '';
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    const w = workspace();
    out = w.out;
    // A document built once and then deleted: its address keeps a withdrawn page.
    const extra = readFileSync(join(w.edition, 'oss-ra-1002.xml'), 'utf8').replaceAll('oss-ra-1002', 'oss-ra-0999');
    writeFileSync(join(w.edition, 'oss-ra-0999.xml'), extra);
    expect(teikit(['build', 'edition', '--out', 'dist'], { cwd: w.dir }).status).toBe(0);
    rmSync(join(w.edition, 'oss-ra-0999.xml'));
    const r = teikit(['build', 'edition', '--out', 'dist'], { cwd: w.dir });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 800 } });
    const page = await context.newPage();
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    await page.goto(pathToFileURL(join(out, name)).href);
    return page;
  }

  for (const name of PAGES) {
    describe(name, () => {
      it('has no WCAG 2.1 A/AA violations', async () => {
        const page = await open(name);
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });

      it('has every local link land on a file and on the element its fragment names', async () => {
        const page = await open(name, { javaScriptEnabled: false });
        const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        await page.context().close();
        expect(hrefs.length).toBeGreaterThan(3);
        for (const href of new Set(hrefs.filter((h) => h.startsWith('file:')))) {
          const url = new URL(href);
          const file = fileURLToPath(url);
          expect(existsSync(file), href).toBe(true);
          if (url.hash) expect(readFileSync(file, 'utf8'), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
        }
        for (const href of hrefs.filter((h) => !h.startsWith('file:'))) expect(href).toMatch(/^https:\/\//);
      });

      it('does not scroll sideways at 390 px, with or without JavaScript', async () => {
        for (const javaScriptEnabled of [true, false]) {
          const page = await open(name, { width: 390, javaScriptEnabled });
          const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(widths[0], `${name} js=${javaScriptEnabled}`).toBeLessThanOrEqual(widths[1]);
          await page.context().close();
        }
      });
    });
  }

  it('search without JavaScript: the form stays hidden and the page points to the index of names', async () => {
    const page = await open('search.html', { javaScriptEnabled: false });
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(await page.locator('#search-off').isVisible()).toBe(true);
    expect(await page.locator('#search-off a[href="names.html"]').count()).toBe(1);
    await page.context().close();
  });

  it('search with JavaScript finds words of every document offline and links to the page', async () => {
    const page = await open('search.html');
    expect(await page.locator('#search-form').isVisible()).toBe(true);
    expect(await page.locator('#search-off').isVisible()).toBe(false);
    await page.fill('#search-q', 'vladivostok');
    await page.click('button[type="submit"]');
    const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('oss-ra-1001.html#page-2');
    expect(links).toContain('cable-1945-05-02.html#text');
    expect(await page.locator('#search-status').textContent()).toMatch(/2 pages match/);
    await page.fill('#search-q', 'kamikaze');
    await page.click('button[type="submit"]');
    expect(await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['memo-1945-04-20.html#page-1']);
    await page.fill('#search-q', 'zeppelin');
    await page.click('button[type="submit"]');
    expect(await page.locator('#search-status').textContent()).toMatch(/No page matches/);
    await page.context().close();
    expect(requests).toEqual([]);
  });
});
