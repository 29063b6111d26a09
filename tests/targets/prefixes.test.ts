/**
 * Prefixed pointers (`reg:per_stalin`, TEI Guidelines 16.2.3) are read one way by every output:
 * `ed:prefix-expansion` in xslt/common/patterns.xsl. Variants of the edition's report vary its
 * prefixDef for `reg`, and the HTML (links into names.html), the JSON (register entities) and the
 * collection record (`uses`) must agree on which register entries the document points to.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentRecord } from '../../lib/targets/collection-stylesheet.js';
import { ROOT } from '../helpers/cli.js';
import { renderInput, renderOne } from './render.js';

const REPORT = readFileSync(join(ROOT, 'edition/oss-ra-3039s.xml'), 'utf8');
const DEF = /<prefixDef ident="reg" matchPattern="[^"]*" replacementPattern="[^"]*">/;
const dir = mkdtempSync(join(tmpdir(), 'teikit-prefixes-'));
copyFileSync(join(ROOT, 'edition/register.xml'), join(dir, 'register.xml'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The ids of the register's entries that the report does not have itself. */
const ids = (xml: string) => new Set([...xml.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]));
const reportIds = ids(REPORT);
const REGISTER_IDS = new Set([...ids(readFileSync(join(ROOT, 'edition/register.xml'), 'utf8'))].filter((id) => !reportIds.has(id)));

/** The report with its `reg` prefixDef replaced by these definitions (each closed by `</prefixDef>` as in the report). */
function withDefs(...defs: string[]): string {
  const xml = REPORT.replace(DEF, defs.join('<p/></prefixDef>'));
  expect(xml).not.toBe(REPORT);
  return xml;
}

const def = (pattern: string, replacement = 'register.xml#$1') => `<prefixDef ident="reg" matchPattern="${pattern}" replacementPattern="${replacement}">`;

/** The register entries each output says the document points to. */
async function pointedTo(name: string, xml: string): Promise<{ html: string[]; json: string[]; record: string[] }> {
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, xml);
  const input = await renderInput(file);
  const html = renderOne(input, 'html').output;
  const json = JSON.parse(renderOne(input, 'json').output) as { entities: { id: string; register: boolean }[] };
  const record = documentRecord(input.tree);
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
  return {
    html: sorted([...html.matchAll(/<li id="([^"]+)" class="entry">/g)].map((m) => m[1]).filter((id) => REGISTER_IDS.has(id))),
    json: sorted(json.entities.filter((e) => e.register).map((e) => e.id)),
    record: sorted(record.uses.filter((u) => u.startsWith('register.xml#')).map((u) => u.slice('register.xml#'.length))),
  };
}

describe('prefixed pointers', () => {
  it('expand the same way in html, json and the collection record', async () => {
    const found = await pointedTo('as-written', REPORT);
    expect(found.json).toContain('per_stalin');
    expect(found.html).toEqual(found.record);
    expect(found.record).toEqual(expect.arrayContaining(found.json));
  });

  it('expand nowhere when the prefixDef does not match them', async () => {
    const found = await pointedTo('no-match', withDefs(def('([0-9]+)')));
    expect(found).toEqual({ html: [], json: [], record: [] });
  });

  it('follow the first prefixDef of a prefix, as TEI says, in every output', async () => {
    const found = await pointedTo('as-written', REPORT);
    const first = await pointedTo('first-wins', withDefs(def('([0-9]+)'), def('([A-Za-z0-9_.\\-]+)')));
    expect(first).toEqual({ html: [], json: [], record: [] });
    const second = await pointedTo('first-matches', withDefs(def('([A-Za-z0-9_.\\-]+)'), def('([0-9]+)')));
    expect(second).toEqual(found);
  });
});
