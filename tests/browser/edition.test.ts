/**
 * The reading edition in headless Chromium (issue "The reading edition, tested in a real browser"):
 * the edition and the second fixture document are built into a temporary folder by the real CLI
 * (`teikit build`: validation, every target, index.html and assets), then read as a reader would: accessibility (axe-core, WCAG 2.1 A/AA), offline and
 * without JavaScript, navigation both ways, the view switch, layout at two widths, print, metadata.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, teikit } from '../helpers/cli.js';
import { axeViolations, HAS_CHROMIUM, launch, SKIP_REASON } from './chromium.js';
import { renderInto } from './render.js';

const DOCS = [
  { id: 'oss-ra-3039s', file: join(ROOT, 'edition/oss-ra-3039s.xml') },
  { id: 'oss-memo-0042', file: join(ROOT, 'tests/fixtures/valid/memo-confidential/oss-memo-0042.xml') },
];
const SHOTS = join(ROOT, 'tests/.output/browser');

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.skipIf(!HAS_CHROMIUM)('the reading edition in Chromium', () => {
  let out = '';
  let browser: Browser;
  const url = (name: string) => pathToFileURL(join(out, name)).href;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'teikit-html-'));
    const built = teikit(['build', ...DOCS.map((d) => d.file), '--out', out]);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  async function open(name: string, options: { javaScriptEnabled?: boolean; width?: number; height?: number; hash?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: options.height ?? 800 } });
    const page = await context.newPage();
    await page.goto(url(name) + (options.hash ?? ''));
    return page;
  }

  it('index.html has no WCAG 2.1 A/AA violations and links every document', async () => {
    const page = await open('index.html');
    expect(await axeViolations(page)).toEqual([]);
    for (const d of DOCS) expect(await page.locator(`a[href="${d.id}.html"]`).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  for (const doc of DOCS) {
    describe(doc.id, () => {
      it('has no WCAG 2.1 A/AA violations in either view', async () => {
        const page = await open(`${doc.id}.html`);
        expect(await axeViolations(page)).toEqual([]);
        await page.check('#view-diplomatic');
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });

      it('names markings, page breaks and note references for screen readers; declares the language', async () => {
        const page = await open(`${doc.id}.html`);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        expect(await page.getAttribute('#text', 'lang')).toBe('en');
        await page.check('#view-diplomatic');
        const snapshot = await page.locator('#text').ariaSnapshot();
        const struck = await page.locator('.fw del').count();
        if (struck) expect(snapshot).toMatch(/deletion: SECRET \(struck through\)/);
        expect(snapshot).toMatch(/Classification marking, (head|foot) of the page:/);
        const pbs = await page.locator('.pb').count();
        expect(pbs).toBeGreaterThan(1);
        for (let n = 1; n <= pbs; n++) expect(await page.getByRole('link', { name: `Page ${n}`, exact: true }).getAttribute('href')).toBe(`#page-${n}`);
        for (const ref of await page.locator('a[role="doc-noteref"]').all()) {
          expect(await ref.getAttribute('aria-label')).toMatch(/^Note \d+$/);
        }
        const headings = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        expect(headings[0]).toBe(1);
        headings.forEach((level, i) => i && expect(level - headings[i - 1]).toBeLessThanOrEqual(1));
        await page.context().close();
      });

      it('loads nothing from outside the output folder and works without JavaScript', async () => {
        const requests: string[] = [];
        const context = await browser.newContext({ javaScriptEnabled: false });
        context.on('request', (r) => requests.push(r.url()));
        const page = await context.newPage();
        await page.goto(url(`${doc.id}.html`));
        await page.waitForLoadState('load');
        const base = pathToFileURL(out).href;
        expect(requests.length).toBeGreaterThan(1);
        for (const r of requests) expect(r.startsWith(`${base}/`), r).toBe(true);
        expect((await page.locator('#text').innerText()).length).toBeGreaterThan(200);
        expect(await page.locator('.fw').first().isVisible()).toBe(false);
        await page.click('label[for="view-diplomatic"]');
        expect(await page.locator('.fw').first().isVisible()).toBe(true);
        await context.close();
      });

      it('links every name to its index entry and every entry back to each occurrence', async () => {
        const page = await open(`${doc.id}.html`);
        const broken = await page.evaluate(() => {
          const bad: string[] = [];
          for (const a of document.querySelectorAll<HTMLAnchorElement>('#text a.name, #text a.name-more, #notes a.name, #notes a.name-more')) {
            const t = document.getElementById(decodeURIComponent(a.hash.slice(1)));
            if (!t || !t.matches('#register li.entry')) bad.push(`name ${a.textContent} → ${a.hash}`);
          }
          for (const a of document.querySelectorAll<HTMLAnchorElement>('#register .occurrences a')) {
            const t = document.getElementById(a.hash.slice(1));
            if (!t || !t.closest('#text, #notes')) bad.push(`back-link ${a.getAttribute('aria-label')} → ${a.hash}`);
            else if (!t.matches('.name, .quote, q, blockquote')) bad.push(`back-link to ${t.tagName}`);
          }
          return bad;
        });
        expect(broken).toEqual([]);
        const first = page.locator('#text a.name').first();
        const entry = (await first.getAttribute('href'))!;
        await first.click();
        expect(new URL(page.url()).hash).toBe(entry);
        await expect.poll(() => page.locator(entry).isVisible()).toBe(true);
        expect(await inViewport(page, entry)).toBe(true);
        const back = page.locator(`${entry} .occurrences a`).first();
        const occ = (await back.getAttribute('href'))!;
        await back.click();
        expect(new URL(page.url()).hash).toBe(occ);
        expect(await inViewport(page, occ)).toBe(true);
        await page.context().close();
      });

      it('scrolls #page-2 into view and links notes both ways', async () => {
        const page = await open(`${doc.id}.html`, { hash: '#page-2' });
        expect(await inViewport(page, '#page-2')).toBe(true);
        const refs = page.locator('a[role="doc-noteref"]');
        for (const ref of await refs.all()) {
          const href = (await ref.getAttribute('href'))!;
          const id = (await ref.getAttribute('id'))!;
          expect(await page.locator(`${href} a[href="#${id}"]`).count()).toBe(1);
        }
        if (await refs.count()) {
          await refs.first().click();
          const note = new URL(page.url()).hash;
          expect(await inViewport(page, note)).toBe(true);
          await page.locator(`${note} a.backlink`).click();
          expect(await inViewport(page, new URL(page.url()).hash)).toBe(true);
          expect(new URL(page.url()).hash).toMatch(/^#noteref-\d+$/);
        }
        await page.context().close();
      });

      it('shows the furniture and the end-of-page hyphen in the diplomatic view only', async () => {
        const page = await open(`${doc.id}.html`);
        const fw = page.locator('.fw');
        const visible = async () => (await Promise.all((await fw.all()).map((f) => f.isVisible()))).filter(Boolean).length;
        expect(await fw.count()).toBeGreaterThan(0);
        expect(await visible()).toBe(0);
        const hyphen = page.locator('.hyphen').first();
        expect(await hyphen.count()).toBe(1);
        expect(await hyphen.isVisible()).toBe(false);
        await page.check('#view-diplomatic');
        expect(await visible()).toBe(await fw.count());
        expect(await hyphen.isVisible()).toBe(true);
        await page.check('#view-reading');
        expect(await visible()).toBe(0);
        await page.context().close();
      });

      it('fits desktop and phone widths (screenshots in tests/.output/browser)', async () => {
        for (const [width, height] of [[1280, 800], [390, 844]]) {
          const page = await open(`${doc.id}.html`, { width, height });
          await page.screenshot({ path: join(SHOTS, `${doc.id}-${width}.png`) });
          await page.check('#view-diplomatic');
          const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(scroll).toBeLessThanOrEqual(inner);
          const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.visually-hidden')).map((e) => e.tagName + '.' + e.className));
          expect(wide).toEqual([]);
          await page.context().close();
        }
      });

      it('prints the furniture without the controls', async () => {
        const page = await open(`${doc.id}.html`);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.view-switch').isVisible()).toBe(false);
        expect(await page.locator('nav.contents').isVisible()).toBe(false);
        expect(await page.locator('.fw').first().isVisible()).toBe(true);
        await page.context().close();
      });

      it('describes itself: title, description, Dublin Core, JSON-LD, how to cite', async () => {
        const page = await open(`${doc.id}.html`);
        expect(await page.title()).toMatch(/\S/);
        expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/\S{3}/);
        expect(await page.getAttribute('meta[name="DC.title"]', 'content')).toMatch(/\S/);
        const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld.identifier).toBe(doc.id);
        expect(ld.isBasedOn).toMatchObject({ '@type': 'Report' });
        expect(await page.locator('#how-to-cite .citation').innerText()).toMatch(/\S{10}/);
        await page.context().close();
      });
    });
  }
});

/** Whether the element's box is at least partly inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel.startsWith('#') ? `[id="${sel.slice(1)}"]` : sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }, selector);
}

/**
 * The reading conventions (issue "The encoding guide…", point 5): names quiet in the text, shown
 * on hover and focus and all at once by a "Show names" checkbox that needs no script; no
 * unexplained markers; the index's back-links labelled by page, at least 24 px square; entries
 * headed and filed by the name a reader looks for; no internal id in what a reader sees; long
 * words and URLs wrapping at 390 px. The edition, the memo and a fixture of the hard cases
 * (tests/browser/fixtures/reading.xml), rendered without validation (render.ts).
 */
const READING = [...DOCS, { id: 'reading-fixture', file: join(ROOT, 'tests/browser/fixtures/reading.xml') }];

describe.skipIf(!HAS_CHROMIUM)('the reading conventions in Chromium', () => {
  let out = '';
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'teikit-reading-'));
    mkdirSync(SHOTS, { recursive: true });
    await renderInto(READING.map((d) => d.file), out);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  async function open(id: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? false, viewport: { width: options.width ?? 1280, height: 844 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(out, `${id}.html`)).href);
    return page;
  }

  /** How the first name link of the text looks: underline and colour, and the paragraph's colour. */
  const look = (page: Page) => page.locator('#text a.name').first().evaluate((a) => {
    const s = getComputedStyle(a);
    return { line: s.textDecorationLine, color: s.color, text: getComputedStyle(a.closest('p, div')!).color };
  });

  for (const doc of READING) {
    describe(doc.id, () => {
      it('keeps names quiet, shows one on focus and hover, and all with the switch, without JavaScript', async () => {
        const page = await open(doc.id);
        const quiet = await look(page);
        expect(quiet.line).toBe('none');
        expect(quiet.color).toBe(quiet.text);
        expect(await page.locator('.name-more').evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).length)).toBe(0);
        await page.locator('#text a.name').first().focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        expect((await look(page)).line).toBe('underline');
        await page.locator('body').click({ position: { x: 1, y: 1 } });
        await page.locator('#text a.name').nth(1).hover();
        expect(await page.locator('#text a.name').nth(1).evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
        await page.mouse.move(0, 0);
        // The switch is a checkbox: reachable and operated by keyboard.
        await page.locator('#show-names').focus();
        await page.keyboard.press('Space');
        expect(await page.locator('#show-names').isChecked()).toBe(true);
        const shown = await page.locator('#text .name').evaluateAll((ns) => ns.map((n) => getComputedStyle(n).textDecorationLine));
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.every((l) => l === 'underline')).toBe(true);
        for (const more of await page.locator('.name-more').all()) {
          expect(await more.isVisible()).toBe(true);
          expect(await more.evaluate((a) => (a as HTMLElement).innerText.length)).toBeGreaterThan(2);
        }
        await page.keyboard.press('Space');
        expect((await look(page)).line).toBe('none');
        await page.context().close();
        // axe-core runs as a script: with JavaScript, names shown, in both views.
        const withJs = await open(doc.id, { javaScriptEnabled: true });
        await withJs.check('#show-names');
        expect(await axeViolations(withJs)).toEqual([]);
        await withJs.check('#view-diplomatic');
        expect(await axeViolations(withJs)).toEqual([]);
        await withJs.context().close();
      });

      it('has no unexplained markers: every link says where it leads', async () => {
        const page = await open(doc.id);
        await page.check('#show-names');
        const bad = await page.evaluate(() => [...document.querySelectorAll('#text a, #notes a, #register a')]
          .map((a) => ({ text: (a as HTMLElement).innerText.trim(), name: a.getAttribute('aria-label') ?? (a as HTMLElement).innerText.trim(), cls: a.className, role: a.getAttribute('role') }))
          .filter((a) => /^[*†‡§]+$/.test(a.text) || (/^\d+$/.test(a.text) && a.role !== 'doc-noteref' && !a.cls.includes('pb')) || a.name.length < 2));
        expect(bad).toEqual([]);
        for (const more of await page.locator('.name-more').all()) {
          expect(await more.evaluate((a) => (a as HTMLElement).textContent)).toMatch(/^(In the index|Link): \S/);
        }
        await page.context().close();
      });

      it('labels the back-links by page ("p. 2", "2nd"), each at least 24 px square, at both widths', async () => {
        for (const width of [1280, 390]) {
          const page = await open(doc.id, { width });
          const links = await page.locator('#register .occurrences a').evaluateAll((as) => as.map((a) => {
            const r = a.getBoundingClientRect();
            return { text: (a as HTMLElement).innerText, label: a.getAttribute('aria-label') ?? '', w: r.width, h: r.height };
          }));
          expect(links.length).toBeGreaterThan(0);
          for (const l of links) {
            expect(l.text).toMatch(/^(p\. \S+|in the text|\d+(st|nd|rd|th))( \(quoted\))?$/);
            expect(l.label).toMatch(/^(\d+(st|nd|rd|th) mention, )?(p\. \S+|in the text)( \(quoted\))?, \S/);
            expect(Math.min(l.w, l.h), JSON.stringify(l)).toBeGreaterThanOrEqual(24);
          }
          await page.context().close();
        }
      });

      it('shows no internal id, and nothing overflows at 390 px, even with long words and URLs', async () => {
        const xml = readFileSync(doc.file, 'utf8');
        const ids = [...xml.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => id !== doc.id);
        // Ids typed into the document's own prose are the edition's words, not the toolkit's.
        const prose = xml.replace(/<[^>]+>/g, ' ');
        const page = await open(doc.id, { width: 390 });
        await page.check('#show-names');
        const visible = await page.locator('body').innerText();
        expect(ids.filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(visible) && !prose.includes(id))).toEqual([]);
        await page.locator('dd, .entry, #text p').first().evaluate((e) => e.append(' https://example.org/a/very/long/path/without/any/space/at/all/that/a/phone/cannot/fit/on/one/line'));
        for (const view of ['reading', 'diplomatic']) {
          await page.check(`#view-${view}`);
          const wide = await page.evaluate(() => [document.documentElement.scrollWidth, ...[...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.visually-hidden')).map((e) => `${e.tagName}.${e.className}`)]);
          expect(wide).toEqual([390]);
        }
        await page.screenshot({ path: join(SHOTS, `reading-${doc.id}-390.png`), fullPage: false });
        await page.context().close();
      });
    });
  }

  it('files persons by surname and places by their distinctive name, and shows a hand by its description', async () => {
    const page = await open('reading-fixture');
    const headings = async (kind: string) => page.locator(`#register-${kind} + ul .entry-name`).allInnerTexts();
    expect(await headings('person')).toEqual(['Adams, Zeno', 'Smith, Anna']);
    expect(await headings('place')).toEqual(['Brazil', 'Japan, Empire of', 'Netherlands, Kingdom of the']);
    expect(await headings('org')).toEqual(['Unnamed organisation']);
    expect(await page.locator('#pl_japan .occurrences').innerText()).toBe('In the text: p. 1, 2nd, 3rd, 4th; p. 2, 2nd');
    expect(await page.locator('#pl_japan .occurrences a').nth(1).getAttribute('aria-label')).toBe('2nd mention, p. 1, Empire of Japan');
    expect(await page.locator('#source').innerText()).toContain('in the stamp hand (The hand of the date stamp.)');
    // A name inside a linked name is marked, not linked; a name holding a note keeps the note's link.
    expect(await page.locator('#text a.name .name-inner').count()).toBe(1);
    expect(await page.locator('#text span.name a[role="doc-noteref"]').count()).toBe(1);
    const edition = await open('oss-ra-3039s');
    expect(await edition.locator('#register-place + ul .entry-name').allInnerTexts()).toContain('Japan, Empire of');
    const persons = await edition.locator('#register-person + ul .entry-name').allInnerTexts();
    expect(persons.slice(0, 2)).toEqual(['Satō, Naotake', 'Stalin, Joseph']);
    for (const width of [1280, 390]) {
      const p = await open('oss-ra-3039s', { width });
      await p.screenshot({ path: join(SHOTS, `reading-oss-ra-3039s-${width}.png`) });
      await p.check('#show-names');
      await p.locator('#text p').first().scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(SHOTS, `reading-oss-ra-3039s-${width}-names.png`) });
      await p.locator('#pl_japan').scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(SHOTS, `reading-oss-ra-3039s-${width}-index.png`) });
      await p.context().close();
    }
    await edition.context().close();
    await page.context().close();
  });
});
