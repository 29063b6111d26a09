/**
 * A hostile document in the browser (issue 7): script links, data: URLs, markup in text and
 * attributes. The page must run nothing from the content: no dialog, no script element besides
 * the edition's own two, no javascript:, data: or vbscript: link, and the markup shown as text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launch, SKIP_REASON } from './chromium.js';
import { renderInto } from './render.js';

const HOSTILE = join(import.meta.dirname, 'fixtures/hostile-html.xml');

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.skipIf(!HAS_CHROMIUM)('a hostile document in Chromium', () => {
  let out = '';
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'teikit-hostile-'));
    await renderInto([HOSTILE], out);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('runs nothing from the content and emits no unsafe URL', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(pathToFileURL(join(out, 'hostile-html.html')).href);
    // Fire the events a handler could hang on, on every element.
    await page.evaluate(() => {
      for (const e of document.querySelectorAll('body *')) for (const t of ['mouseover', 'focus', 'click']) e.dispatchEvent(new Event(t, { bubbles: true }));
    });
    await page.check('#view-diplomatic');
    expect(dialogs).toEqual([]);
    const scripts = await page.locator('script').evaluateAll((ss) => ss.map((s) => s.getAttribute('src') ?? s.getAttribute('type')));
    expect(scripts.sort()).toEqual(['application/ld+json', 'assets/view.js']);
    expect(await page.locator('body script, body img, body iframe, body object, body embed').count()).toBe(0);
    const urls = await page.evaluate(() => [...document.querySelectorAll('[href], [src], [cite], [action], [formaction]')]
      .flatMap((e) => ['href', 'src', 'cite', 'action', 'formaction'].map((a) => e.getAttribute(a)).filter((v): v is string => v !== null)));
    for (const u of urls) expect(u, u).toMatch(/^(https?:\/\/|mailto:|#|assets\/|index\.html$)/i);
    const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)));
    expect(handlers).toEqual([]);
    const text = await page.locator('#text').innerText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('an element of no namespace');
    expect(text).toContain('script link');
    expect(await page.title()).toContain('</script><script>alert(1)</script>');
    await page.close();
  });
});
