/**
 * The configuration (issue 14, point 3): its hand-written check agrees with the JSON Schema that
 * editors read, path patterns, severities per rule and per path, and the precedence of flags.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { globRegExp } from '../../src/config/glob.js';
import { applySeverity } from '../../src/config/severity.js';
import { resolveSettings } from '../../src/config/settings.js';
import { checkConfig } from '../../src/config/shape.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { allRules } from '../../src/diagnostics/rules.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8')) as { $defs: { levels: { properties: Record<string, unknown> } } };
const validator = new Ajv2020({ strict: false }).compile(schema);

const good: unknown[] = [
  {},
  { $schema: './node_modules/teikit/schemas/config.schema.json', schema: 'my.rng', rules: ['a.sch', 'b.sch'], bundledRules: false },
  { rules: 'one.sch', ignore: 'drafts/**', out: 'site', baseUrl: 'https://preview.example.org/', docsUrl: 'https://example.org/teikit/' },
  { severity: { 'name-has-ref': 'off', 'relaxng-*': 'warning' }, overrides: [{ files: ['legacy/**'], severity: { 'ref-resolves': 'warning' } }] },
  { register: 'meta/names.xml' },
];
const bad: unknown[] = [
  [],
  { severty: {} },
  { severity: { 'name-has-ref': 'ignore' } },
  { severity: { '': 'off' } },
  { overrides: [{ files: ['x'] }] },
  { overrides: [{ files: ['x'], severity: {}, extra: 1 }] },
  { rules: [''] },
  { bundledRules: 'no' },
  { baseUrl: 'preview.example.org' },
  { out: 3 },
  { register: '' },
];

describe('the configuration shape', () => {
  it('accepts what the JSON Schema accepts', () => {
    for (const c of good) {
      expect(validator(c), JSON.stringify(c)).toBe(true);
      expect(() => checkConfig(c, 'teikit.config.json')).not.toThrow();
    }
  });

  it('refuses what the JSON Schema refuses, naming the key', () => {
    for (const c of bad) {
      expect(validator(c), JSON.stringify(c)).toBe(false);
      expect(() => checkConfig(c, 'teikit.config.json'), JSON.stringify(c)).toThrow(/^Unexpected .* in `teikit.config.json`, expected /);
    }
    expect(() => checkConfig({ severty: {} }, 'teikit.config.json')).toThrow('Unexpected key `severty` in `teikit.config.json`');
  });

  it('offers every editorial rule id for completion', () => {
    expect(Object.keys(schema.$defs.levels.properties).sort()).toEqual(allRules().map((r) => r.id).sort());
  });
});

describe('path patterns', () => {
  it.each([
    ['legacy/**', 'legacy/a.xml', true],
    ['legacy/**', 'legacy/deep/a.xml', true],
    ['legacy', 'legacy/deep/a.xml', true],
    ['legacy/*.xml', 'legacy/deep/a.xml', false],
    ['*.draft.xml', 'edition/x/a.draft.xml', true],
    ['edition/a?.xml', 'edition/ab.xml', true],
    ['edition/a?.xml', 'edition/abc.xml', false],
    ['**/drafts/**', 'edition/drafts/x.xml', true],
    ['a.b', 'axb', false],
  ])('%s on %s → %s', (pattern, path, expected) => {
    expect(globRegExp(pattern).test(path)).toBe(expected);
  });
});

const d = (ruleId: string, severity: Diagnostic['severity'], source: Diagnostic['source'] = 'schematron'): Diagnostic => ({ file: 'x', line: 1, column: 1, severity, ruleId, source, message: 'm' });

describe('rule severities', () => {
  const base = process.cwd();
  it('sets a rule everywhere, drops `off`, matches ids ending in `*`, and keeps gate findings', () => {
    const s = { base, severity: { 'name-has-ref': 'off' as const, 'ref-resolves': 'warning' as const, 'relaxng-*': 'warning' as const }, overrides: [] };
    const out = applySeverity('edition/a.xml', [d('name-has-ref', 'warning'), d('ref-resolves', 'error'), d('relaxng-element', 'error', 'relaxng'), d('xml-well-formed', 'error', 'xml')], s);
    expect(out.map((x) => `${x.ruleId}:${x.severity}`)).toEqual(['ref-resolves:warning', 'relaxng-element:warning', 'xml-well-formed:error']);
  });

  it('applies overrides to the files they match, later ones winning', () => {
    const s = {
      base,
      severity: { 'pb-word-break': 'error' as const },
      overrides: [
        { files: ['legacy/**'], severity: { 'pb-word-break': 'off' as const, 'ref-resolves': 'warning' as const } },
        { files: ['legacy/keep.xml'], severity: { 'ref-resolves': 'error' as const } },
      ],
    };
    const list = [d('pb-word-break', 'warning'), d('ref-resolves', 'error')];
    expect(applySeverity('edition/a.xml', list, s).map((x) => x.severity)).toEqual(['error', 'error']);
    expect(applySeverity('legacy/a.xml', list, s).map((x) => x.severity)).toEqual(['warning']);
    expect(applySeverity('legacy/keep.xml', list, s).map((x) => x.severity)).toEqual(['error']);
  });
});

describe('precedence', () => {
  const loaded = { file: 'teikit.config.json', base: '/repo', config: { schema: 'c.rng', rules: ['c.sch'], bundledRules: false, out: 'site', docsUrl: 'https://c.example/', baseUrl: 'https://preview.example/' } };
  it('flag over configuration over default', () => {
    const s = resolveSettings({ schema: 'f.rng', rules: ['f.sch'], out: 'o' }, loaded);
    expect(s).toMatchObject({ schema: 'f.rng', rules: ['f.sch'], bundledRules: false, out: 'o', docsUrl: 'https://c.example/', baseUrl: 'https://preview.example/' });
    expect(resolveSettings({ bundledRules: true }, { base: '/repo', config: {} })).toMatchObject({ rules: [], bundledRules: true, out: 'dist' });
    expect(resolveSettings({ bundledRules: false }, { base: '/repo', config: { bundledRules: true } }).bundledRules).toBe(false);
  });
});
