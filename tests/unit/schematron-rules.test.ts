/**
 * The bundled rules: `schemas/edition.sch`, the rule registry and `docs/rules.md` agree; the
 * shipped SEF is current; the edition validates clean; a user's `--rules` is compiled once and
 * then read from the cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules, ruleInfo } from '../../src/diagnostics/rules.js';
import { loadRules } from '../../src/validate/schematron/validate.js';
import { checkText, diagnosticLine } from '../../src/validate/schematron/check-text.js';
import { ROOT } from '../helpers/cli.js';

const SCH = readFileSync(`${ROOT}schemas/edition.sch`, 'utf8');

/** Pattern ids of the schema with the severity of their rules. */
function patterns(): Array<{ id: string; severity: string }> {
  return [...SCH.matchAll(/<sch:pattern id="([^"]+)">([\s\S]*?)<\/sch:pattern>/g)].map((m) => {
    const roles = [...m[2].matchAll(/<sch:rule ([^>]*)>/g)].map((r) => /role="([^"]+)"/.exec(r[1])?.[1] ?? 'error');
    return { id: m[1], severity: [...new Set(roles)].join(',') };
  });
}

describe('the rule registry', () => {
  it('lists exactly the patterns of schemas/edition.sch, in order, with their severities', () => {
    expect(allRules().map((r) => ({ id: r.id, severity: r.severity }))).toEqual(patterns());
  });

  it('points every rule to its section of docs/rules.md', () => {
    const docs = readFileSync(`${ROOT}docs/rules.md`, 'utf8');
    for (const r of allRules()) {
      expect(r.url).toBe(`docs/rules.md#${r.id}`);
      expect(docs).toContain(`\n## ${r.id}\n\n**${r.severity}.**`);
    }
    expect(ruleInfo('no-such-rule')).toBeUndefined();
  });
});

describe('the bundled rules', () => {
  it('are compiled from the current schemas/edition.sch and compiler (run npm run build)', () => {
    const sef = statSync(`${ROOT}lib/sef/edition-rules.sef.json`).mtimeMs;
    for (const source of ['schemas/edition.sch', 'xslt/schematron.xsl', ...readdirSync(`${ROOT}xslt/schematron`).map((f) => `xslt/schematron/${f}`)]) {
      expect(statSync(`${ROOT}${source}`).mtimeMs, source).toBeLessThanOrEqual(sef);
    }
  });

  const edition = `${ROOT}edition/oss-ra-3039s.xml`;
  it.skipIf(!existsSync(edition))('find nothing in the edition', async () => {
    const found = await checkText(await loadRules(), edition, readFileSync(edition, 'utf8'));
    expect(found.map(diagnosticLine)).toEqual([]);
  });

  it('carry the docs anchor on each diagnostic', async () => {
    const file = `${ROOT}tests/schematron/pb-n/pb-n-bad.xml`;
    const [d] = await checkText(await loadRules(), file, readFileSync(file, 'utf8'));
    expect(d).toMatchObject({ ruleId: 'pb-n', source: 'schematron', url: 'docs/rules.md#pb-n', severity: 'error' });
  });
});

describe('a user schema given with --rules', () => {
  const cache = mkdtempSync(join(tmpdir(), 'teikit-cache-'));
  const before = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = cache;
  afterAll(() => {
    if (before === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = before;
  });

  it('is compiled once, then read from the cache', async () => {
    const sch = join(cache, 'mine.sch');
    writeFileSync(sch, `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
      <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
      <pattern id="mine"><rule context="tei:TEI"><report test="true()">mine</report></rule></pattern></schema>`);
    const doc = '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="x"/>';
    const first = await loadRules(sch, false);
    expect((await checkText(first, 'x.xml', doc)).map((d) => d.ruleId)).toEqual(['mine']);
    const stored = readdirSync(join(cache, 'teikit/schematron'));
    expect(stored).toHaveLength(1);
    // Replace the cached product: if the second load reads the cache, it gets these rules instead.
    writeFileSync(join(cache, 'teikit/schematron', stored[0]), readFileSync(`${ROOT}lib/sef/edition-rules.sef.json`));
    const second = await loadRules(sch, false);
    expect((await checkText(second, 'other.xml', doc)).map((d) => d.ruleId)).toEqual(['id-matches-file']);
  });

  it('that is broken gives an error naming it', async () => {
    const sch = join(cache, 'broken.sch');
    writeFileSync(sch, '<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="x.sch"/></schema>');
    await expect(loadRules(sch)).rejects.toThrow(/Could not compile the rules `.*broken.sch`: Unsupported Schematron element `sch:include`/);
    await expect(loadRules(join(cache, 'missing.sch'))).rejects.toThrow(/Could not read the rules `.*missing.sch`/);
  });
});
