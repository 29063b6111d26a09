/**
 * The encoding guide documents what the schema allows (docs/encoding.md §1, §11): every element
 * the RELAX NG allows (schemas/edition.rng and the modules it includes, read as they are) has a
 * row in §11.2 that begins with its name in backticks and names each of its own attributes as
 * `@name`; every attribute it shares with all elements (the `att.common` pattern) has a row in
 * §11.1. A guide row for an element the schema no longer allows fails too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { readInventory } from './rng-inventory.js';

const guide = readFileSync(join(ROOT, 'docs/encoding.md'), 'utf8');
const inventory = readInventory(join(ROOT, 'schemas/edition.rng'));
const GLOBAL = inventory.attributesOf('att.common');

/** The table rows of a section of the guide, keyed by the backticked name that begins each. */
function rows(heading: string): Map<string, string> {
  const start = guide.indexOf(`\n### ${heading}`);
  if (start < 0) throw new Error(`docs/encoding.md has no section "${heading}"`);
  const next = guide.indexOf('\n#', start + 1);
  const section = guide.slice(start, next < 0 ? undefined : next);
  const found = new Map<string, string>();
  for (const line of section.split('\n')) {
    const m = /^\| `([^`]+)` \|/.exec(line);
    if (m) found.set(m[1]!, line);
  }
  return found;
}

const globalRows = rows('11.1 Global attributes');
const elementRows = rows('11.2 Elements');

describe('docs/encoding.md documents the schema', () => {
  it('reads a schema of some size (the reader follows the includes)', () => {
    expect(inventory.elements.size).toBeGreaterThan(100);
    expect(GLOBAL).toContain('xml:id');
  });

  it('has a row for every global attribute', () => {
    const missing = [...GLOBAL].filter((a) => !globalRows.has(`@${a}`));
    expect(missing, 'global attributes without a row in §11.1').toEqual([]);
  });

  it('has a row for every element', () => {
    const missing = [...inventory.elements.keys()].filter((e) => !elementRows.has(e)).sort();
    expect(missing, 'elements without a row in §11.2').toEqual([]);
  });

  it("names each element's own attributes in its row", () => {
    const missing: string[] = [];
    for (const [element, attributes] of inventory.elements) {
      const row = elementRows.get(element) ?? '';
      for (const a of attributes) if (!GLOBAL.has(a) && !row.includes(`\`@${a}\``)) missing.push(`${element}/@${a}`);
    }
    expect(missing.sort(), 'attributes not named in their element\'s row of §11.2').toEqual([]);
  });

  it('documents no element the schema does not allow', () => {
    const extra = [...elementRows.keys()].filter((e) => !inventory.elements.has(e));
    expect(extra, 'rows of §11.2 for elements the schema does not allow').toEqual([]);
  });

  it('has a guide section for every reference to it in the schema comments', () => {
    const files = ['schemas/edition.rng', 'schemas/edition.sch', ...['attributes', 'datatypes', 'facsimile', 'header', 'msdesc', 'phrase', 'standoff', 'text', 'transcription'].map((m) => `schemas/edition/${m}.rng`)];
    const cited = new Set<string>();
    for (const f of files) for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/docs\/encoding\.md §(\d+(?:\.\d+)?)/g)) cited.add(m[1]!);
    const sections = new Set([...guide.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]!));
    expect([...cited].filter((s) => !sections.has(s)).sort()).toEqual([]);
  });
});
