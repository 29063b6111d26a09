/**
 * `build` on TEI whose root is not `TEI` (issue "Any TEI in"): with a user's schema, the gate
 * accepts any element of the TEI namespace as root and the schema says what it allows, so a
 * `teiCorpus` builds into every target; with the bundled schema (the edition's documents), the
 * root must be `TEI` (`xml-not-tei`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { teikit } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'teikit-any-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = (title: string): string =>
  `<teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader>`;
const corpus = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${header('A corpus')}
<TEI>${header('One')}<text><body><p>First text.</p></body></text></TEI>
<TEI>${header('Two')}<text><body><p>Second text.</p></body></text></TEI></teiCorpus>`;
// A schema that allows any TEI-namespace content under a teiCorpus root.
const schema = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
  <start><element name="teiCorpus"><ref name="any"/></element></start>
  <define name="any"><zeroOrMore><choice><attribute><anyName/></attribute><text/><element><anyName/><ref name="any"/></element></choice></zeroOrMore></define>
</grammar>`;

describe('build with a root other than TEI', () => {
  const src = join(dir, 'src');
  it('builds a teiCorpus into every target under a user schema', () => {
    writeFileSync(join(dir, 'corpus.rng'), schema);
    rmSync(src, { recursive: true, force: true });
    mkdirSync(src);
    writeFileSync(join(src, 'c.xml'), corpus);
    const out = join(dir, 'out');
    const r = teikit(['build', src, '--schema', join(dir, 'corpus.rng'), '--no-bundled-rules', '--out', out]);
    expect(r.status, r.stderr + r.stdout).toBe(0);
    for (const f of ['c.html', 'c.txt', 'c.diplomatic.txt', 'c.json']) expect(existsSync(join(out, f)), f).toBe(true);
    const text = readFileSync(join(out, 'c.txt'), 'utf8');
    expect(text).toContain('First text.');
    expect(text).toContain('Second text.');
  });

  it('refuses it under the bundled schema, at the root', () => {
    const r = teikit(['validate', join(src, 'c.xml'), '--format', 'json']);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as { ruleId: string; line: number }[];
    expect(findings.map((d) => `${d.line} ${d.ruleId}`)).toEqual(['1 xml-not-tei']);
  });
});
