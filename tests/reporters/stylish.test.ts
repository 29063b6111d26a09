import { describe, expect, it } from 'vitest';
import { plural, stylish } from '../../src/reporters/stylish.js';
import { expectGolden } from './golden.js';
import { RESULTS } from './synthetic.js';

const ESC = '\u001b[';

describe('stylish reporter', () => {
  const plain = stylish(RESULTS, { color: false });

  it('matches its golden file', () => expectGolden('stylish.txt', plain));

  it('groups by file, skips clean files, and ends with the summary line', () => {
    const lines = plain.trimEnd().split('\n');
    expect(lines.filter((l) => !l.startsWith(' ') && l !== '').slice(0, -1)).toEqual([
      'edition/missing.xml', 'edition/letters/a,b:c.xml', 'édition/über brief.xml', 'edition/notes.xml',
    ]);
    expect(lines.at(-1)).toBe('3 errors, 3 warnings in 5 files (1 info)');
  });

  it('aligns the columns of a file and keeps one line per finding', () => {
    const rows = plain.split('\n').filter((l) => l.startsWith('  '));
    expect(rows).toHaveLength(7);
    const block = rows.slice(1, 4); // the three findings of a,b:c.xml
    const ruleStart = block.map((r, i) => r.lastIndexOf(['rng-value', 'pb-facs', 'html-fallback'][i]));
    expect(new Set(ruleStart).size).toBe(1);
    const severityStart = block.map((r) => r.search(/(error|warning|info)/));
    expect(new Set(severityStart).size).toBe(1);
    expect(block[2]).toContain('expected a handled element: rendered its children');
    expect(plain).toContain('in content\\x01, expected');
    for (const r of rows) expect(r).toMatch(/^ {2}\d+:\d+ +(error|warning|info) {2,}\S.*\S {2,}[a-z][a-z0-9-]*$/);
  });

  it('has no escape sequence without colour, and colours with it', () => {
    expect(plain).not.toContain(ESC);
    const coloured = stylish(RESULTS, { color: true });
    expect(coloured).toContain(`${ESC}31merror`);
    expect(coloured).toContain(`${ESC}33mwarning`);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('uses the singular for one', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(0, 'warning')).toBe('0 warnings');
    const one = stylish([RESULTS[4]], { color: false });
    expect(one.trimEnd().split('\n').at(-1)).toBe('0 errors, 1 warning in 1 file');
  });

  it('copes with a file of very many findings', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...RESULTS[4].diagnostics[0], line: i + 1 }));
    const out = stylish([{ file: 'big.xml', diagnostics: many }], { color: false });
    expect(out.trimEnd().split('\n').at(-1)).toBe('0 errors, 200000 warnings in 1 file');
  });

  it('reports a clean run with the summary alone', () => {
    expect(stylish([RESULTS[2]], { color: false })).toBe('0 errors, 0 warnings in 1 file\n');
    expect(stylish([], { color: false })).toBe('0 errors, 0 warnings in 0 files\n');
  });
});
