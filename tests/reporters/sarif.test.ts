import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { ruleInfo } from '../../src/diagnostics/rules.js';
import { sarif } from '../../src/reporters/sarif.js';
import { absoluteDocUri } from '../../src/reporters/tool.js';
import { ROOT } from '../helpers/cli.js';
import { expectGolden } from './golden.js';
import { RESULTS } from './synthetic.js';

/**
 * The official SARIF 2.1.0 JSON Schema (a draft-04 schema), as the npm package
 * `@microsoft/jest-sarif` ships it.
 */
const SCHEMA_FILE = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/** An ajv validator for SARIF 2.1.0 logs (the schema's language pattern is not valid with the `u` flag). */
function sarifValidator() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile<Log>(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
}

describe('sarif reporter', () => {
  const out = sarif(RESULTS, { color: false });
  const log = JSON.parse(out) as Log;
  const all = RESULTS.flatMap((r) => r.diagnostics);
  const validate = sarifValidator();

  it('matches its golden file (the version normalised)', () => {
    const version = `"version": ${JSON.stringify(log.runs[0].tool.driver.version)},`;
    expect(out).toContain(version);
    expectGolden('sarif.json', out.replace(version, '"version": "<package version>",'));
  });

  it('is valid per the SARIF 2.1.0 schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(validate(JSON.parse(sarif([], { color: false })))).toBe(true);
  });

  it('is checked by a schema that can fail', () => {
    const bad = structuredClone(log);
    (bad.runs[0].results?.[0] as { level: string }).level = 'fatal';
    expect(validate(bad)).toBe(false);
    const noRegion = structuredClone(log);
    const region = noRegion.runs[0].results?.[0].locations?.[0].physicalLocation?.region as Record<string, unknown>;
    region.startLine = 0;
    expect(validate(noRegion)).toBe(false);
  });

  it('names teikit with its version and one rule per rule id, each with a default level', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('teikit');
    expect(driver.version).toBe(pkg.version);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = [...new Set(all.map((d) => d.ruleId))].sort();
    expect(driver.rules?.map((r) => r.id)).toEqual(ids);
    for (const r of driver.rules ?? []) {
      expect(r.shortDescription?.text).toContain(ruleInfo(r.id) ? ruleInfo(r.id)?.summary : `\`${r.id}\``);
      expect(r.defaultConfiguration?.level).toMatch(/^(error|warning|note)$/);
    }
    expect(driver.rules?.find((r) => r.id === 'pb-facs')?.helpUri).toBe('https://example.org/rules#pb-facs');
  });

  it('describes an editorial rule from the rule registry', () => {
    const info = ruleInfo('name-has-ref');
    expect(info).toBeDefined();
    const rule = log.runs[0].tool.driver.rules?.find((r) => r.id === 'name-has-ref');
    expect(rule?.shortDescription?.text).toBe(info?.summary);
    expect(rule?.defaultConfiguration?.level).toBe(info?.severity);
    expect(rule?.help?.text).toContain(info?.url);
  });

  it('makes documentation paths absolute against the homepage, or leaves helpUri out', () => {
    expect(absoluteDocUri('docs/rules.md#pb-n', 'https://example.org/teikit')).toBe('https://example.org/teikit/docs/rules.md#pb-n');
    expect(absoluteDocUri('https://example.org/x#y', undefined)).toBe('https://example.org/x#y');
    expect(absoluteDocUri('docs/rules.md#pb-n', undefined)).toBeUndefined();
    expect(absoluteDocUri(undefined, 'https://example.org/')).toBeUndefined();
  });

  it('has one result per finding with level, message, ruleIndex and region', () => {
    const results = log.runs[0].results ?? [];
    expect(results).toHaveLength(all.length);
    results.forEach((r, i) => {
      const d = all[i];
      expect(r.ruleId).toBe(d.ruleId);
      expect(log.runs[0].tool.driver.rules?.[r.ruleIndex ?? -1].id).toBe(d.ruleId);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[d.severity]);
      expect(r.message.text).toBe(d.message);
      const loc = r.locations?.[0].physicalLocation;
      expect(loc?.region).toEqual({ startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
      expect(decodeURIComponent(loc?.artifactLocation?.uri ?? '')).toBe(d.file);
      expect(loc?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
    });
    expect(results[4].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('%C3%A9dition/%C3%BCber%20brief.xml');
    expect(results[2].locations?.[0].logicalLocations?.[0]).toEqual({ fullyQualifiedName: all[2].xpath, kind: 'element' });
  });

  it('gives files outside the working folder an absolute file URI', () => {
    const d = { ...all[0], file: '/elsewhere/x y.xml' };
    const other = JSON.parse(sarif([{ file: d.file, diagnostics: [d] }], { color: false, cwd: '/work' })) as Log;
    expect(other.runs[0].results?.[0].locations?.[0].physicalLocation?.artifactLocation).toEqual({ uri: 'file:///elsewhere/x%20y.xml' });
    expect(validate(other)).toBe(true);
  });
});
