import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { json } from '../../src/reporters/json.js';
import { expectGolden } from './golden.js';
import { RESULTS } from './synthetic.js';

/** The Diagnostic shape of src/diagnostics/diagnostic.ts as a JSON Schema. */
const DIAGNOSTIC = {
  type: 'object',
  required: ['file', 'line', 'column', 'severity', 'ruleId', 'source', 'message'],
  additionalProperties: false,
  properties: {
    file: { type: 'string', minLength: 1 },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    severity: { enum: ['error', 'warning', 'info'] },
    ruleId: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    source: { enum: ['xml', 'relaxng', 'schematron', 'xslt', 'io'] },
    message: { type: 'string', minLength: 1 },
    xpath: { type: 'string' },
    url: { type: 'string' },
  },
};

describe('json reporter', () => {
  const out = json(RESULTS, { color: false });

  it('matches its golden file', () => expectGolden('json.json', out));

  it('is one JSON array of every diagnostic, in order, each of the Diagnostic shape', () => {
    const parsed: unknown = JSON.parse(out);
    const validate = new Ajv({ allErrors: true }).compile({ type: 'array', items: DIAGNOSTIC });
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed).toEqual(RESULTS.flatMap((r) => r.diagnostics));
  });

  it('writes keys in the documented order and drops undefined ones', () => {
    const shuffled = { message: 'm', ruleId: 'r', source: 'xml', severity: 'error', column: 2, line: 1, file: 'f.xml', xpath: undefined } as const;
    const [one] = JSON.parse(json([{ file: 'f.xml', diagnostics: [shuffled] }], { color: false })) as object[];
    expect(Object.keys(one)).toEqual(['file', 'line', 'column', 'severity', 'ruleId', 'source', 'message']);
  });

  it('prints an empty array for a clean run', () => {
    expect(JSON.parse(json([RESULTS[2]], { color: false }))).toEqual([]);
  });
});
