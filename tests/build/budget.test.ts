/**
 * The time budget per document (issue 11, `TEIKIT_MAX_SECONDS`): a user's rule that never ends
 * stops that document with a `time-budget` diagnostic, and the run goes on to the others and
 * reports them. Tested by what stops the run (the rule id and the file), never by a duration.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { teikit } from '../helpers/cli.js';
import { collection, tempDir } from '../helpers/edition.js';

// An assert that would test nine quintillion numbers, only for the document `copy-01`.
const FOREVER = `<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <sch:pattern id="forever">
    <sch:rule context="tei:TEI[@xml:id = 'copy-01']">
      <sch:assert test="every $i in 1 to 9000000000000000000 satisfies string($i) ne 'x'">never reached</sch:assert>
    </sch:rule>
  </sch:pattern>
</sch:schema>
`;

let dir: string;
let rules: string;
beforeAll(() => {
  dir = collection(1);
  // A second document that the gate rejects at once: the run reaches it whatever the load.
  writeFileSync(join(dir, 'copy-02.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>');
  rules = join(tempDir(), 'forever.sch');
  writeFileSync(rules, FOREVER);
});

type Reported = { file: string; ruleId: string }[];

describe('TEIKIT_MAX_SECONDS', () => {
  it('validate: a rule that never ends is a time-budget error on its document; the others are checked; exit 2', () => {
    const r = teikit(['validate', dir, '--rules', rules, '--format', 'json'], { env: { TEIKIT_MAX_SECONDS: '1' } });
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as Reported;
    expect(report.filter((d) => d.file === join(dir, 'copy-01.xml')).map((d) => d.ruleId)).toEqual(['time-budget']);
    expect(report.filter((d) => d.file === join(dir, 'copy-02.xml')).map((d) => d.ruleId)).toEqual(['xml-well-formed']);
  });

  it('build: the same, with a complete report and the manifest written', () => {
    const out = tempDir();
    const r = teikit(['build', dir, '--rules', rules, '--out', out, '--format', 'json'], { env: { TEIKIT_MAX_SECONDS: '1' } });
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as Reported;
    expect(report.filter((d) => d.file === join(dir, 'copy-01.xml')).map((d) => d.ruleId)).toEqual(['time-budget']);
    expect(report.filter((d) => d.file === join(dir, 'copy-02.xml')).map((d) => d.ruleId)).toEqual(['xml-well-formed']);
    expect(JSON.parse(readFileSync(join(out, '.teikit-manifest.json'), 'utf8'))).toMatchObject({ documents: {} });
  });

  it('refuses a budget that is not a whole number of seconds, exit 2', () => {
    const r = teikit(['validate', dir, '--format', 'json'], { env: { TEIKIT_MAX_SECONDS: '1.5' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^teikit: Unexpected TEIKIT_MAX_SECONDS `1\.5`, expected a whole number of seconds above 0/);
  });
});
