import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LIMIT_VARIABLES, resolveLimits } from '../../src/xml/limits.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.values(LIMIT_VARIABLES)) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('resolveLimits', () => {
  it('takes the defaults, then the environment, then explicit options', () => {
    for (const k of Object.values(LIMIT_VARIABLES)) delete process.env[k];
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    process.env.TEIKIT_MAX_BYTES = '1000';
    process.env.TEIKIT_MAX_DEPTH = ' 20 ';
    expect(resolveLimits()).toEqual({ ...DEFAULT_LIMITS, maxBytes: 1000, maxDepth: 20 });
    expect(resolveLimits({ maxBytes: 5 }).maxBytes).toBe(5);
  });

  it('reads the limits on attributes, namespaces and adjacent text from their variables', () => {
    for (const k of Object.values(LIMIT_VARIABLES)) delete process.env[k];
    expect(DEFAULT_LIMITS).toMatchObject({ maxAttributes: 256, maxNamespaces: 32, maxAdjacentText: 256 });
    process.env.TEIKIT_MAX_ATTRIBUTES = '1000';
    process.env.TEIKIT_MAX_NAMESPACES = '64';
    process.env.TEIKIT_MAX_ADJACENT_TEXT = '3';
    expect(resolveLimits()).toEqual({ ...DEFAULT_LIMITS, maxAttributes: 1000, maxNamespaces: 64, maxAdjacentText: 3 });
    process.env.TEIKIT_MAX_NAMESPACES = 'many';
    expect(() => resolveLimits()).toThrow('Unexpected TEIKIT_MAX_NAMESPACES `many`, expected a whole number');
  });

  it('refuses a value that is not a whole number instead of ignoring it', () => {
    process.env.TEIKIT_MAX_BYTES = '64MiB';
    expect(() => resolveLimits()).toThrow('Unexpected TEIKIT_MAX_BYTES `64MiB`, expected a whole number');
  });
});
