/**
 * The generator itself: the documents the property tests see (same seed, same count) cover every
 * construct they are meant to exercise, so that a change to the generator cannot quietly drop
 * one; and they are valid against the project's schema and TEI All according to Jing, the
 * reference validator (docs/encoding.md §1: a valid document must be valid against TEI All too).
 */
import { existsSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/edition.js';
import { EDITION_RNG, HAVE_JING, jing, TEI_ALL } from '../relaxng/helpers.js';
import { doc } from './generate.js';
import type { Doc, Node } from './model.js';
import { runs, SEED, writeDoc } from './run.js';
import { HOSTILE_WORDS } from './words.js';

const docs: Doc[] = fc.sample(doc, { seed: SEED, numRuns: runs(25) });

/** The constructs found in a document. */
function constructs(d: Doc): Set<string> {
  const found = new Set<string>([d.released ? 'released' : 'not released', d.crlf ? 'CR LF' : 'LF']);
  const walk = (nodes: readonly Node[], depth: number) => {
    for (const n of nodes) {
      if (n.t === 'split') found.add(`split by ${n.by}, hyphen ${JSON.stringify(n.hyphen)}`).add(n.control ? 'control fw' : 'split');
      if (n.t === 'lb' || n.t === 'add') found.add(n.t);
      if (n.t === 'word' && n.enc) found.add(`word as ${n.enc}`);
      if (n.t === 'choice') found.add(n.corrFirst ? 'choice, corr first' : 'choice, sic first');
      if (n.t === 'pb') found.add(depth > 0 ? 'pb inside an element' : 'pb in a paragraph');
      if (n.t === 'note') found.add(n.glued ? 'note glued to a word' : 'note');
      if (n.t === 'word' && (HOSTILE_WORDS as readonly string[]).includes(n.w)) found.add('markup characters');
      if (n.t === 'word' && /[\u{10000}-\u{10FFFF}]/u.test(n.w)) found.add('outside the BMP');
      if (n.t === 'word' && n.w.length > 78) found.add('word longer than a line');
      if (n.t !== 'el') continue;
      const { el } = n;
      found.add(el.name).add(`depth ${depth + 1}`);
      if (n.pad) found.add('whitespace inside tags');
      if (el.name === 'quote') found.add(el.indirect ? 'indirect quote' : el.marks ? 'quote with marks' : 'direct quote');
      if (el.name === 'rs') found.add(`rs ${el.type}`).add(el.refs.length > 1 ? 'rs with two targets' : 'rs');
      if (el.name === 'date') found.add(`date ${Object.keys(el.attrs).join(' ')} ${el.attrs.when?.length ?? ''}`);
      walk(n.children, depth + 1);
    }
  };
  for (const p of d.paras) {
    if (p.pbBefore) found.add('pb between paragraphs');
    walk(p.children, 0);
  }
  return found;
}

const EXPECTED = [
  'released', 'not released', 'CR LF', 'LF', 'word as refs', 'word as cdata', 'word as comment', 'control fw', 'pb in a paragraph', 'lb', 'add', 'choice, corr first', 'choice, sic first',
  ...['pb', 'lb'].flatMap((by) => ['', '-', '\u00AD', '\u2010', '¬'].map((h) => `split by ${by}, hyphen ${JSON.stringify(h)}`)),
  'pb inside an element', 'pb between paragraphs', 'note', 'note glued to a word', 'markup characters', 'outside the BMP',
  'word longer than a line', 'persName', 'placeName', 'orgName', 'rs', 'title', 'num', 'depth 3', 'whitespace inside tags',
  'indirect quote', 'quote with marks', 'direct quote', 'rs person', 'rs place', 'rs org', 'rs event', 'rs treaty', 'rs work',
  'rs with two targets', 'date when 10', 'date when 7', 'date when 4', 'date from to ',
];

describe('the generator', () => {
  it('covers every construct within the documents the property tests see', () => {
    const seen = new Set(docs.flatMap((d) => [...constructs(d)]));
    expect(EXPECTED.filter((c) => !seen.has(c))).toEqual([]);
  });

  describe.skipIf(!HAVE_JING || !existsSync(TEI_ALL))('against Jing (needs `jing` and ../shared/tei/tei_all.rng)', () => {
    const dir = tempDir('teikit-property-');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const files = docs.slice(0, 10).map((d) => writeDoc(dir, d).file);

    it('writes documents valid against the project schema and TEI All', () => {
      for (const schema of [EDITION_RNG, TEI_ALL]) {
        const errors = [...jing(schema, files)].filter(([, e]) => e.length > 0);
        expect(errors, schema).toEqual([]);
      }
    }, 120_000);
  });
});
