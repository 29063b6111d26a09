/**
 * The three targets say the same about a document (issue 11 point 10): what the TEI means is
 * written once in xslt/common/ and every target uses it. Variants of the memo fixture vary the
 * facts — classification markings struck by `del`, by a strikethrough `@rend`, by a `line-through`
 * rendition, partly struck, some struck and none; pages numbered, unnumbered (`n="[2]"`) and
 * without `@n` — and each variant goes through html, text (diplomatic) and json: the marking
 * state, the classification level, the page labels and the date must agree.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderInput, renderOne, VALID } from './render.js';

const MEMO = readFileSync(join(VALID, 'memo-confidential/oss-memo-0042.xml'), 'utf8');
const MARKING = />CONFIDENTIAL<\/fw>/g;
const dir = mkdtempSync(join(tmpdir(), 'teikit-agree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each marking's text replaced by `strike(i)` (i counts the markings from 0). */
function markings(xml: string, strike: (i: number) => string): string {
  let i = 0;
  return xml.replace(MARKING, () => `>${strike(i++)}</fw>`);
}

/** A rendition that draws a line through, declared where the header declares renditions. */
function withRendition(xml: string): string {
  return xml.replace('</encodingDesc>', '<tagsDecl><rendition xml:id="r_strike" scheme="css">text-decoration: line-through;</rendition></tagsDecl></encodingDesc>');
}

interface Variant {
  name: string;
  xml: string;
  /** How many of the three markings are struck in full. */
  struck: number;
  /** The page labels every target must give. */
  pages: string[];
}

const variants: Variant[] = [
  { name: 'no marking struck', xml: MEMO, struck: 0, pages: ['1', '2'] },
  { name: 'struck by del', xml: markings(MEMO, () => '<del rend="strikethrough">CONFIDENTIAL</del>'), struck: 3, pages: ['1', '2'] },
  { name: 'struck by @rend', xml: markings(MEMO, () => '<hi rend="strikethrough">CONFIDENTIAL</hi>'), struck: 3, pages: ['1', '2'] },
  { name: 'struck by a rendition', xml: withRendition(markings(MEMO, () => '<hi rendition="#r_strike">CONFIDENTIAL</hi>')), struck: 3, pages: ['1', '2'] },
  { name: 'partly struck', xml: markings(MEMO, () => '<del rend="strikethrough">CONFID</del>ENTIAL'), struck: 0, pages: ['1', '2'] },
  { name: 'one of three struck', xml: markings(MEMO, (i) => (i === 0 ? '<hi rend="strikethrough">CONFIDENTIAL</hi>' : 'CONFIDENTIAL')), struck: 1, pages: ['1', '2'] },
  { name: 'numbered pages', xml: MEMO.replace('<pb n="[1]"/>', '<pb n="11"/>').replace('<pb n="[2]" break="no"/>', '<pb n="12" break="no"/>'), struck: 0, pages: ['11', '12'] },
  { name: 'pages without @n', xml: MEMO.replace('<pb n="[1]"/>', '<pb/>').replace('<pb n="[2]" break="no"/>', '<pb break="no"/>'), struck: 0, pages: ['1', '2'] },
];

interface Json {
  metadata: { date: string | null; classification: { level: string | null; cancelled: boolean } };
  pages: { n: string; furniture: { type: string | null; cancelled: boolean }[] }[];
}

/** The state of the markings in the words of the HTML page. */
function stateWords(struck: number, all: number): RegExp {
  if (struck === 0) return /not cancelled/;
  if (struck === all) return new RegExp(`all ${all} markings struck through`);
  return new RegExp(`${struck} of ${all} markings struck through`);
}

describe('html, text and json agree on what the TEI means', () => {
  for (const v of variants) {
    it(`agree when ${v.name}`, async () => {
      if (v.name !== 'no marking struck') expect(v.xml).not.toBe(MEMO);
      const file = join(dir, `${v.name.replace(/\W+/g, '-')}.xml`);
      writeFileSync(file, v.xml);
      const input = await renderInput(file);
      const json = JSON.parse(renderOne(input, 'json').output) as Json;
      const text = renderOne(input, 'text', { view: 'diplomatic', width: 0 }).output;
      const html = renderOne(input, 'html').output;

      // Markings: json per furniture and for the document, text as "[… struck]", html in words.
      const marks = json.pages.flatMap((p) => p.furniture.filter((f) => f.type === 'classification'));
      expect(marks).toHaveLength(3);
      expect(marks.filter((m) => m.cancelled)).toHaveLength(v.struck);
      expect(json.metadata.classification.cancelled).toBe(v.struck === 3);
      expect(text.match(/\[CONFIDENTIAL struck\]/g) ?? []).toHaveLength(v.struck);
      const classification = /<dt>Classification<\/dt><dd>([^<]*)<\/dd>/.exec(html)?.[1] ?? '';
      expect(classification).toMatch(stateWords(v.struck, 3));
      expect(classification.startsWith(`${json.metadata.classification.level}, `)).toBe(true);
      expect(json.metadata.classification.level).toBe('Confidential');

      // Page labels: json n, text "[page N]", html "Page N".
      expect(json.pages.map((p) => p.n)).toEqual(v.pages);
      expect([...text.matchAll(/\[page ([^\]]*)\]/g)].map((m) => m[1])).toEqual(v.pages);
      expect([...html.matchAll(/aria-label="Page ([^"]*)"/g)].map((m) => m[1])).toEqual(v.pages);

      // The date: the ISO value of json is the datetime of the html header.
      const date = /<dt>Date<\/dt><dd><time datetime="([^"]*)">/.exec(html)?.[1];
      expect(date).toBe(json.metadata.date);
    });
  }
});
