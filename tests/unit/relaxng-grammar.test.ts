/**
 * Loading grammars: a user's schema is converted once and then read from the cache (keyed by the
 * content of the schema and of every file it includes); a modular schema converts (salve's
 * include bug is worked around); a broken or missing schema is one clear error.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { convertSchema } from '../../src/validate/relaxng/schema.js';
import { type Grammar, loadGrammar, relaxNgObserver } from '../../src/validate/relaxng/validate.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parse } from '../../src/xml/parse.js';

const RNG = 'xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0"';
const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';
/** An empty root, and a root with text: schema `empty` accepts the first, schema `text` the second. */
const EMPTY_DOC = `<TEI ${TEI}/>`;
const TEXT_DOC = `<TEI ${TEI}>text</TEI>`;
const EMPTY_RNG = `<element name="TEI" ${RNG}><empty/></element>`;
const TEXT_RNG = `<element name="TEI" ${RNG}><text/></element>`;
let dir: string;
const cacheFiles = (): string[] => readdirSync(join(dir, 'cache/teikit/relaxng')).sort();
const write = (name: string, text: string): string => { writeFileSync(join(dir, name), text); return join(dir, name); };
const findings = (grammar: Grammar, xml: string): string[] => {
  const sink: Diagnostic[] = [];
  const parsed = parse('doc.xml', xml, [relaxNgObserver(grammar, 'doc.xml', sink)]);
  if (!parsed.ok) throw new Error(parsed.diagnostics[0].message);
  return sink.map((d) => d.ruleId);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-grammar-'));
  process.env.XDG_CACHE_HOME = join(dir, 'cache');
});

describe('a user schema', () => {
  it('is converted on first use and read from the cache the second time', async () => {
    const schema = write('a.rng', EMPTY_RNG);
    const first = await loadGrammar(schema);
    expect(findings(first, EMPTY_DOC)).toEqual([]);
    expect(findings(first, TEXT_DOC)).toEqual(['relaxng-text']);
    const [entry] = cacheFiles();
    expect(cacheFiles()).toHaveLength(1);
    // Plant another grammar under the same key: a second load that reads the cache uses it.
    writeFileSync(join(dir, 'cache/teikit/relaxng', entry), await convertSchema(write('b.rng', TEXT_RNG)));
    const second = await loadGrammar(schema);
    expect(findings(second, TEXT_DOC)).toEqual([]);
    expect(cacheFiles()).toEqual([entry]);
  });

  it('is converted again when a file it includes changes', async () => {
    const define = (body: string) => `<grammar ${RNG}><define name="root"><element name="TEI">${body}</element></define></grammar>`;
    write('mod.rng', define('<empty/>'));
    const schema = write('main.rng', `<grammar ${RNG}><include href="mod.rng"/><start><ref name="root"/></start></grammar>`);
    expect(findings(await loadGrammar(schema), TEXT_DOC)).toEqual(['relaxng-text']);
    write('mod.rng', define('<text/>'));
    expect(findings(await loadGrammar(schema), TEXT_DOC)).toEqual([]);
    expect(cacheFiles()).toHaveLength(2);
  });

  it('survives a damaged cache entry', async () => {
    const schema = write('a.rng', EMPTY_RNG);
    await loadGrammar(schema);
    writeFileSync(join(dir, 'cache/teikit/relaxng', cacheFiles()[0]), '{ not json');
    expect(findings(await loadGrammar(schema), TEXT_DOC)).toEqual(['relaxng-text']);
  });
});

describe('a broken schema', () => {
  it('that is not well-formed is a clear error', async () => {
    const schema = write('broken.rng', EMPTY_RNG.replace('</element>', ''));
    await expect(loadGrammar(schema)).rejects.toThrow(/^cannot use the RELAX NG schema .*broken\.rng: /);
  });

  it('that is not RELAX NG is a clear error', async () => {
    const schema = write('bad.rng', `<grammar ${RNG}><start><ref name="missing"/></start></grammar>`);
    await expect(loadGrammar(schema)).rejects.toThrow(/^cannot use the RELAX NG schema .*bad\.rng: .*missing/);
  });

  it('that does not exist is a clear error', async () => {
    await expect(loadGrammar(join(dir, 'nowhere.rng'))).rejects.toThrow(/^cannot read the RELAX NG schema .*nowhere\.rng: no such file$/);
  });

  it('whose include is missing names the missing file', async () => {
    const schema = write('main.rng', `<grammar ${RNG}><include href="gone.rng"/><start><empty/></start></grammar>`);
    await expect(loadGrammar(schema)).rejects.toThrow(/^cannot read the RELAX NG schema .*main\.rng \(.*gone\.rng\): no such file$/);
  });
});
