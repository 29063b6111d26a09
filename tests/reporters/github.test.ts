import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github, visibleLines } from '../../src/reporters/github.js';
import { visible } from '../../src/reporters/text.js';
import { expectGolden } from './golden.js';
import { RESULTS } from './synthetic.js';

/**
 * A GitHub Actions workflow command for an annotation: the command, its properties (no raw
 * `,`, `:`, CR, LF in a value, no raw `%` except as an escape), `::`, the message (no raw CR, LF).
 */
const PROPERTY = '(?:file|line|col|endLine|endColumn|title)=(?:[^,:%\\r\\n]|%(?:25|0D|0A|3A|2C))*';
const COMMAND = new RegExp(`^::(error|warning|notice) ${PROPERTY}(?:,${PROPERTY})*::(?:[^%\\r\\n]|%(?:25|0D|0A))*$`);

/** Undoes the escaping, as the runner does. */
const unescape = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function parse(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props = Object.fromEntries(m[2].split(',').map((p) => {
    const i = p.indexOf('=');
    return [p.slice(0, i), unescape(p.slice(i + 1))];
  }));
  return { command: m[1], props, message: unescape(m[3]) };
}

describe('github reporter', () => {
  const out = github(RESULTS, { color: false });
  const lines = out.trimEnd().split('\n');
  const all = RESULTS.flatMap((r) => r.diagnostics);

  it('matches its golden file', () => expectGolden('github.txt', out));

  it('prints one workflow command per finding, each matching the format', () => {
    expect(lines).toHaveLength(all.length);
    for (const line of lines) expect(line).toMatch(COMMAND);
  });

  it('maps severities and carries every field back through the escaping (controls shown as \\xNN)', () => {
    lines.forEach((line, i) => {
      const d = all[i];
      const { command, props, message } = parse(line);
      expect(command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[d.severity]);
      expect(props.file).toBe(visible(d.file));
      expect(props.line).toBe(String(d.line));
      expect(props.col).toBe(String(d.column));
      expect(props.endLine).toBe(d.endLine === undefined ? undefined : String(d.endLine));
      expect(props.endColumn).toBe(d.endColumn === undefined ? undefined : String(d.endColumn));
      expect(props.title).toBe(visible(d.ruleId));
      expect(message).toBe(visibleLines(d.message));
    });
  });

  it('escapes as the workflow-command rules say', () => {
    expect(escapeData('100%\r\nnext: a, b')).toBe('100%25%0D%0Anext: a, b');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('prints nothing for a clean run', () => {
    expect(github([RESULTS[2]], { color: false })).toBe('');
  });

  it('names files outside the working folder by their absolute path', () => {
    const [line] = github([{ file: '/elsewhere/x.xml', diagnostics: [{ ...all[0], file: '/elsewhere/x.xml' }] }], { color: false, cwd: '/work' }).split('\n');
    expect(parse(line).props.file).toBe('/elsewhere/x.xml');
    const inside = github([{ file: '/work/e/./x.xml', diagnostics: [{ ...all[0], file: '/work/e/./x.xml' }] }], { color: false, cwd: '/work' });
    expect(parse(inside.trimEnd()).props.file).toBe('e/x.xml');
  });
});
