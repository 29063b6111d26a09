/**
 * The parameters the validator finds for the bundled rules in one walk of the tree
 * (src/validate/schematron/value-owners.ts) equal what schemas/edition.sch computes itself when
 * nobody sets them: a probe rule set, the bundled rules with one pattern that reports both values,
 * runs once with the walk's parameters and once without, on every rule fixture, every valid
 * fixture, the edition and the collection fixture. The bundled rules' findings are the same
 * both ways too, register pointers included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/build/register.js';
import { schematronToSef } from '../../src/validate/schematron/compile.js';
import { type CompiledRules, loadRules, runRules } from '../../src/validate/schematron/validate.js';
import { registerRuleParams } from '../../src/validate/rule-params.js';
import { registerTree } from '../../src/validate/register.js';
import { saxonDocument } from '../../src/saxon/load.js';
import { parse } from '../../src/xml/parse.js';
import { ROOT } from '../helpers/cli.js';

const xmlUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return xmlUnder(path);
    return f.endsWith('.xml') ? [path] : [];
  });

const COLLECTION = join(ROOT, 'tests/fixtures/collection/edition');
const documents = [
  ...xmlUnder(join(ROOT, 'tests/schematron')),
  ...xmlUnder(join(ROOT, 'tests/fixtures/valid')),
  ...xmlUnder(join(ROOT, 'tests/fixtures/any')),
  join(ROOT, 'edition/oss-ra-3039s.xml'),
  ...readdirSync(COLLECTION).filter((f) => f.endsWith('.xml') && f !== 'register.xml').map((f) => join(COLLECTION, f)),
].sort();

/** The bundled rules without their checks, and one pattern that reports both parameters. */
function probe(sch: string): string {
  const pattern = /<sch:pattern id="([^"]+)"[\s\S]*?<\/sch:pattern>/g;
  const report = `<sch:pattern id="probe"><sch:rule context="/*"><sch:report test="true()" id="probe.values">`
    + `<sch:value-of select="string-join(sort(map:keys($value-owners)) ! (. || '=' || string-join($value-owners(.) ! path(), ',')), '|')"/>`
    + ` / <sch:value-of select="string-join(sort($text-pointers), '|')"/></sch:report></sch:rule></sch:pattern>`;
  const probed = sch.replace(pattern, (m) => m.replace(/<sch:rule[\s\S]*?<\/sch:rule>/g, '')).replace('</sch:schema>', `${report}</sch:schema>`);
  expect(probed).toContain('id="probe.values"');
  return probed;
}

let bundled: CompiledRules;
let probed: CompiledRules;
let register: { params: Record<string, unknown> } | undefined;
beforeAll(async () => {
  bundled = await loadRules();
  expect(bundled.bundled).toBe(true);
  const sch = readFileSync(join(ROOT, 'schemas/edition.sch'), 'utf8');
  probed = { path: 'probe.sch', sef: JSON.parse(await schematronToSef(probe(sch), 'probe.sch')) as object };
  const loaded = await loadRegister(join(COLLECTION, 'register.xml'));
  const tree = await registerTree(loaded.ref);
  register = tree ? { params: registerRuleParams({ ref: loaded.ref, tree }, join(COLLECTION, 'x.xml')) } : undefined;
  expect(register).toBeDefined();
}, 120_000);

describe('value-owners and text-pointers', () => {
  it.each(documents.map((f) => [f.slice(ROOT.length), f]))('are found by the walk as the rules find them in %s', async (_name, file) => {
    const doc = parse(file, readFileSync(file, 'utf8'), [], {}, { root: 'any' });
    expect(doc.ok).toBe(true);
    const tree = await saxonDocument(doc.text);
    const params = file.startsWith(COLLECTION) ? register!.params : {};
    const walked = runRules({ ...probed, bundled: true }, file, tree, params);
    const computed = runRules(probed, file, tree, params);
    expect('findings' in walked && walked.findings).toHaveLength(1);
    expect(walked).toEqual(computed);
    // And the bundled rules find the same either way.
    expect(runRules(bundled, file, tree, params)).toEqual(runRules({ ...bundled, bundled: false }, file, tree, params));
  });

  it('are exercised: pointers, dates, text pointers and findings of ref-resolves', async () => {
    const file = join(ROOT, 'tests/schematron/ref-resolves/ref-resolves-bad.xml');
    const tree = await saxonDocument(parse(file, readFileSync(file, 'utf8')).text);
    const outcome = runRules({ ...probed, bundled: true }, file, tree);
    const message = 'findings' in outcome ? outcome.findings[0].message : '';
    expect(message).toMatch(/#[^=|]+=\/Q\{/);
    expect(message.split(' / ')[1]).not.toBe('');
    const found = runRules(bundled, file, tree);
    expect('findings' in found && found.findings.some((f) => f.ruleId === 'ref-resolves')).toBe(true);
  });
});
