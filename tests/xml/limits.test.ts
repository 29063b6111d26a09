import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/xml/limits.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of ['TEIKIT_MAX_BYTES', 'TEIKIT_MAX_DEPTH', 'TEIKIT_MAX_TEXT']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('resolveLimits', () => {
  it('takes the defaults, then the environment, then explicit options', () => {
    delete process.env.TEIKIT_MAX_BYTES;
    delete process.env.TEIKIT_MAX_DEPTH;
    delete process.env.TEIKIT_MAX_TEXT;
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    process.env.TEIKIT_MAX_BYTES = '1000';
    process.env.TEIKIT_MAX_DEPTH = ' 20 ';
    expect(resolveLimits()).toEqual({ ...DEFAULT_LIMITS, maxBytes: 1000, maxDepth: 20 });
    expect(resolveLimits({ maxBytes: 5 }).maxBytes).toBe(5);
  });

  it('refuses a value that is not a whole number instead of ignoring it', () => {
    process.env.TEIKIT_MAX_BYTES = '64MiB';
    expect(() => resolveLimits()).toThrow('Unexpected TEIKIT_MAX_BYTES `64MiB`, expected a whole number');
  });
});
