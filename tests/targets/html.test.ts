/**
 * The HTML target without a browser (issue "teikit build and transform", section html; issue 7):
 * same input, same bytes; every in-page link resolves; only safe URLs; unknown elements reported
 * and their text kept; the standalone page of `teikit transform`; the collection index escapes
 * what it shows; and every document of ../shared/corpus renders keeping every text node, in order.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../lib/io/read.js';
import { parse } from '../../lib/xml/parse.js';
import { collectionFiles } from '../../lib/targets/collection.js';
import { htmlTarget } from '../../lib/targets/html.js';
import { resolveLimits } from '../../lib/xml/limits.js';
import { saxonDocument, saxonJs } from '../../lib/saxon/load.js';
import type { RenderInput } from '../../lib/targets/types.js';
import { ROOT, SHARED } from '../helpers/cli.js';
import { renderInput } from './render.js';

const EDITION = join(ROOT, 'edition/oss-ra-3039s.xml');
const HOSTILE = join(ROOT, 'tests/browser/fixtures/hostile-html.xml');
const CORPUS = join(SHARED, 'corpus');
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).sort() : [];

const page = (input: RenderInput) => htmlTarget.files(input);
const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

/** The text a reader gets from the page: tags dropped, references decoded, spaces collapsed. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
      if (e[0] !== '#') return named[e.toLowerCase()]!;
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    })
    .replace(/\s+/g, ' ');
}

/** What the HTML target leaves out of the page by design (not text: links, alignments, analyses). */
const DROPPED = `ancestor::teiHeader or ancestor::standOff or ancestor::facsimile or ancestor::sourceDoc or ancestor::index
  or ancestor::interpGrp or ancestor::spanGrp or ancestor::linkGrp or ancestor::certainty or ancestor::precision
  or ancestor::respons or ancestor::alt or ancestor::altGrp or ancestor::timeline or ancestor::fs or ancestor::join`;

/** The document's text nodes, outside notes and inside notes, each normalised. */
function textNodes(tree: object): { body: string[]; notes: string[] } {
  const get = (notes: boolean) => saxonJs().XPath.evaluate(
    `let $texts := outermost(//text), $scope := if (exists($texts)) then $texts else /*
     return $scope//text()[not(${DROPPED})][${notes ? '' : 'not'}(ancestor::note)] ! normalize-space(.)[. ne '']`,
    tree, { xpathDefaultNamespace: 'http://www.tei-c.org/ns/1.0', resultForm: 'array' }) as string[];
  // The page collapses every Unicode space; normalize-space() only XML's four.
  const norm = (list: string[]) => list.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { body: norm(get(false)), notes: norm(get(true)) };
}

/** The first string of `want` not found in `have` after the previous one, or undefined. */
function firstMissing(want: string[], have: string): string | undefined {
  let at = 0;
  for (const w of want) {
    const i = have.indexOf(w, at);
    if (i < 0) return w;
    at = i + w.length;
  }
  return undefined;
}

describe('the HTML target', () => {
  it('gives the same bytes for the same input, with ids from positions only', async () => {
    const input = await renderInput(EDITION);
    const a = page(input);
    const b = page(await renderInput(EDITION));
    expect(a.files.map((f) => f.name)).toEqual(['oss-ra-3039s.html']);
    expect(a.files[0]!.content).toBe(b.files[0]!.content);
    expect(a.diagnostics).toEqual([]);
    for (const id of attrs(a.files[0]!.content, 'id')) expect(id).toMatch(/^(occ|page|note|noteref)-\d+$|^[a-z][a-z0-9_.-]*$/);
  });

  it('resolves every in-page link and never repeats an id', async () => {
    const html = page(await renderInput(EDITION)).files[0]!.content;
    const ids = attrs(html, 'id');
    expect(new Set(ids).size).toBe(ids.length);
    const missing = attrs(html, 'href').filter((h) => h.startsWith('#') && !ids.includes(h.slice(1)));
    expect(missing).toEqual([]);
    for (const n of [1, 2, 3]) expect(ids).toContain(`page-${n}`);
    expect(ids).toContain('how-to-cite');
    // The hyphen of the word split by `pb break="no"` is marked so that the reading view hides it.
    expect(html).toContain('superi<span class="hyphen dipl-only">-</span><span class="fw');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/i);
  });

  it('emits only http, https, mailto and in-page URLs, and escapes all text', async () => {
    const r = page(await renderInput(HOSTILE));
    const html = r.files[0]!.content;
    for (const name of ['href', 'src', 'cite']) {
      for (const u of attrs(html, name)) expect(u, `${name}="${u}"`).toMatch(/^(https?:\/\/|mailto:|#|assets\/|index\.html$|http:\/\/purl\.org\/dc\/)/i);
    }
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g)!) expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/^<(img|iframe|object|embed)\b|\son[a-z]+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script\b/g)).toHaveLength(2);
    const unknown = r.diagnostics.filter((d) => d.ruleId === 'unhandled-element');
    expect(unknown.map((d) => [d.severity, d.line, /`(\w+)`/.exec(d.message)?.[1]])).toEqual([
      ['info', 58, 'foo'],
      ['info', 59, 'unknownElement'],
    ]);
    expect(pageText(html)).toContain('an element of no namespace');
  });

  it('prints a standalone page for `teikit transform`: CSS inlined, no script, no collection link', async () => {
    const input = await renderInput(EDITION);
    const one = htmlTarget.one(input, { view: 'diplomatic' }).output;
    expect(one).toMatch(/<style>[\s\S]*\.fw[\s\S]*<\/style>/);
    expect(one).not.toMatch(/<script src|<link rel="stylesheet"|href="index\.html"/);
    expect(one).toMatch(/id="view-diplomatic"[^>]*checked/);
  });

  it('heads an index entry by the order its name parts give in @sort', async () => {
    const letter = join(ROOT, 'tests/fixtures/valid/letter/dos-let-0502.xml');
    const dir = mkdtempSync(join(tmpdir(), 'teikit-sort-'));
    const file = join(dir, 'dos-let-0502.xml');
    const parts = '<roleName sort="1">Consul</roleName> <forename sort="3">Robert C.</forename> <surname sort="2">Avery</surname>';
    writeFileSync(file, readFileSync(letter, 'utf8').replace('<persName>Robert C. Avery</persName>', `<persName>${parts}</persName>`));
    const html = page(await renderInput(file)).files[0]!.content as string;
    expect(html).toContain('<span class="entry-name">Consul, Avery Robert C.</span>');
  });

  it('lists the collection with everything escaped, and ships its assets', () => {
    const files = collectionFiles([
      { id: 'a-1', title: 'A <b>bold</b> "title"', date: '1945-04-13', reportNumber: 'R & A 1', classification: 'Secret', files: ['a-1.html', 'a-1.txt'] },
    ]);
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['index.html', 'names.html', 'search.html', 'collection.json', 'assets/edition.css', 'assets/view.js']));
    const index = files.find((f) => f.name === 'index.html')!.content;
    expect(index).toContain('A &lt;b&gt;bold&lt;/b&gt; "title"');
    expect(index).not.toContain('<b>');
    expect(index).toContain('<time datetime="1945-04-13">13 April 1945</time>');
    expect(index).toContain('R &amp; A 1');
    expect(index).toContain('href="a-1.txt"');
  });
});

describe.skipIf(corpus.length === 0)('the HTML target on ../shared/corpus (skipped: ../shared/corpus is absent)', () => {
  for (const f of corpus) {
    it(`renders ${f} keeping every text node in order`, async () => {
      const file = join(CORPUS, f);
      const loaded = await loadDocument(file);
      if ('diagnostic' in loaded) throw new Error(loaded.diagnostic.message);
      const doc = parse(file, loaded.text, [], resolveLimits(), { root: 'any' });
      const tree = await saxonDocument(doc.text);
      const r = page({ doc, tree, id: 'corpus' });
      for (const d of r.diagnostics) expect([d.ruleId, d.severity]).toEqual(['unhandled-element', 'info']);
      const text = pageText(r.files[0]!.content);
      const nodes = textNodes(tree);
      expect(firstMissing(nodes.body, text)).toBeUndefined();
      expect(firstMissing(nodes.notes, text)).toBeUndefined();
    });
  }
});
