/**
 * The edition follows the guide's policy for adjectives and nested names (docs/encoding.md §8.2,
 * §8.4): an adjective derived from a registered name ("Soviet", "Japanese", …) is tagged wherever
 * it stands on its own in the text, and is not tagged separately inside a tagged name or
 * description. Notes and page furniture are not running text and are not checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const ADJECTIVE = /\b(Soviet|Russian|Japanese|German|Allied|Anglo-American|American|British|Chinese|Bulgarian)\b/i;
const NAMES = new Set(['rs', 'persName', 'placeName', 'orgName', 'title']);
const SKIP = new Set(['note', 'fw', 'teiHeader', 'standOff']);

/** Untagged adjectives in running text, and adjective-only `rs` nested in a tagged name. */
function findings(xml: string): { untagged: string[]; nested: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: { name: string; text: string }[] = [];
  const untagged: string[] = [];
  const nested: string[] = [];
  const inside = (set: Set<string>) => stack.some((e) => set.has(e.name));
  parser.on('opentag', (t) => void stack.push({ name: t.local, text: '' }));
  parser.on('text', (t) => {
    if (!stack.some((e) => e.name === 'text') || inside(SKIP)) return;
    for (const e of stack) e.text += t;
    if (!inside(NAMES) && ADJECTIVE.test(t)) untagged.push(t.trim().slice(0, 60));
  });
  parser.on('closetag', () => {
    const e = stack.pop()!;
    if (e.name === 'rs' && inside(NAMES) && !inside(SKIP) && ADJECTIVE.test(e.text) && e.text.trim().split(/\s+/).length === 1) nested.push(e.text.trim());
  });
  parser.write(xml).close();
  return { untagged, nested };
}

describe('the edition and the name policy of docs/encoding.md §8.2–8.4', () => {
  it('tags every adjective that stands on its own, and none inside a tagged name', () => {
    expect(findings(readFileSync(join(ROOT, 'edition/oss-ra-3039s.xml'), 'utf8'))).toEqual({ untagged: [], nested: [] });
  });

  it('finds both faults in a text that has them', () => {
    const ns = 'xmlns="http://www.tei-c.org/ns/1.0"';
    const xml = `<TEI ${ns}><text><p>the Soviet public and <rs type="event" ref="#e"><rs type="place" ref="#p">Soviet</rs> denunciation</rs></p></text></TEI>`;
    expect(findings(xml)).toEqual({ untagged: ['the Soviet public and'], nested: ['Soviet'] });
  });
});
