/**
 * The register's schema and rules: schemas/register.rng accepts the edition's register and the
 * fixture's (Jing and teikit's own validator agree), each is also valid TEI All, and a register
 * without its base URL, with a base URL not ending in `/`, or naming a withdrawn document as its
 * own successor is refused with a located diagnostic.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/build/register.js';
import { ROOT } from '../helpers/cli.js';
import { HAVE_JING, HAVE_SHARED, jing, TEI_ALL } from '../relaxng/helpers.js';
import { FIXTURE } from './fixture.js';

const REGISTERS = [join(ROOT, 'edition/register.xml'), join(FIXTURE, 'register.xml')];
const REGISTER_RNG = join(ROOT, 'schemas/register.rng');

function variant(edit: (s: string) => string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'teikit-reg-')), 'register.xml');
  writeFileSync(file, edit(readFileSync(join(FIXTURE, 'register.xml'), 'utf8')));
  return file;
}

describe('the register', () => {
  it.skipIf(!HAVE_JING)('is valid against schemas/register.rng for Jing', () => {
    for (const [file, errors] of jing(REGISTER_RNG, REGISTERS)) expect(errors, file).toEqual([]);
  });

  it.skipIf(!HAVE_JING || !HAVE_SHARED)('is valid TEI All', () => {
    for (const [file, errors] of jing(TEI_ALL, REGISTERS)) expect(errors, file).toEqual([]);
  });

  it('passes teikit\'s gate, schema and rules, and gives the collection\'s metadata', async () => {
    for (const file of REGISTERS) {
      const r = await loadRegister(file);
      expect(r.diagnostics, file).toEqual([]);
      expect(r.facts!.baseUrl).toMatch(/^https:\/\/.+\/$/);
      expect(r.facts!.licenceUrl).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
    const r = await loadRegister(join(FIXTURE, 'register.xml'));
    expect(r.facts!.title).toBe('Test collection of intelligence documents');
    expect(r.facts!.entries.map((e) => e.id)).toEqual(['per_stalin', 'per_molotov', 'org_oss', 'pl_ussr', 'pl_japan', 'pl_moscow']);
    expect(r.facts!.withdrawn).toEqual([{ id: 'oss-ra-0999', successor: 'oss-ra-1001', note: 'Replaced by a corrected transcription.' }]);
  });

  it('refuses a register without a base URL (schema)', async () => {
    const r = await loadRegister(variant((s) => s.replace(/<idno type="URI">[^<]*<\/idno>/, '')));
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('relaxng-element');
    if (HAVE_JING) expect([...jing(REGISTER_RNG, [variant((s) => s.replace(/<idno type="URI">[^<]*<\/idno>/, ''))]).values()][0]).not.toEqual([]);
  });

  it('refuses a base URL not ending in / and a withdrawn document that succeeds itself (rules)', async () => {
    const r = await loadRegister(variant((s) => s.replace('https://collection.example/edition/', 'https://collection.example/edition').replace('<idno type="successor">oss-ra-1001</idno>', '<idno type="successor">oss-ra-0999</idno>')));
    expect(r.diagnostics.map((d) => `${d.ruleId} ${d.line}`)).toEqual(['register-base-url 10', 'register-withdrawn 53']);
  });
});
