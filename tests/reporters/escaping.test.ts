/**
 * Control and bidi characters of paths and messages never reach a terminal or a report raw
 * (issue 11): JSON and SARIF keep the exact strings (escaped as JSON), stylish, GitHub and JUnit
 * show them as `\xNN` / `\u{NNNN}` through the one function `visible`, and so do the progress
 * line and the `teikit:` error lines.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, FileResult } from '../../src/diagnostics/diagnostic.js';
import { getReporter } from '../../src/reporters/index.js';
import { jsonText, visible } from '../../src/reporters/text.js';
import { handleFailure, teikitLine } from '../../src/cli/failure.js';
import { progressLine } from '../../src/cli/progress.js';

/** A file name that clears the screen, sets the window title, breaks lines and reverses text. */
const FILE = 'ed/a\u001b[2J\u001b]0;owned\u0007\nb\r\u009b31m\u202etxt.xml';
const MESSAGE = 'Unexpected `x\u0008\u007f` \u2066here\u2069\tand\u2028there';
const d: Diagnostic = { file: FILE, line: 2, column: 3, severity: 'error', ruleId: 'xml-well-formed', source: 'xml', message: MESSAGE };
const RESULTS: FileResult[] = [{ file: FILE, diagnostics: [d] }];
/** What no line-based output may contain. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const SHOWN_FILE = 'ed/a\\x1b[2J\\x1b]0;owned\\x07\\x0ab\\x0d\\x9b31m\\u{202e}txt.xml';

describe('visible', () => {
  it('shows C0, DEL and C1 as \\xNN and bidi controls and separators as \\u{NNNN}', () => {
    expect(visible(FILE)).toBe(SHOWN_FILE);
    expect(visible('\u0000\u001f\u007f\u0080\u009f\u202a\u202e\u2066\u2069\u2029')).toBe('\\x00\\x1f\\x7f\\x80\\x9f\\u{202a}\\u{202e}\\u{2066}\\u{2069}\\u{2029}');
    expect(visible('Société ‏ 𝔸 \\ ok')).toBe('Société ‏ 𝔸 \\ ok');
  });

  it('leaves JSON strings exact, escaping what JSON.stringify lets through', () => {
    const json = jsonText(JSON.stringify({ s: FILE }));
    expect(json).not.toMatch(RAW);
    expect((JSON.parse(json) as { s: string }).s).toBe(FILE);
  });
});

describe('every format', () => {
  it('stylish, github and junit carry no raw control or bidi character, and show the file as \\xNN', () => {
    for (const format of ['stylish', 'github', 'junit']) {
      const out = getReporter(format)(RESULTS, { color: false });
      const lines = out.split('\n').filter(Boolean);
      expect(out.replace(/\n/g, ''), format).not.toMatch(RAW);
      expect(out, format).toContain(format === 'github' ? SHOWN_FILE.replace(/,/g, '%2C').replace(/:/g, '%3A') : SHOWN_FILE);
      if (format === 'github') expect(lines).toHaveLength(1);
    }
  });

  it('github writes no ESC or BEL into file=, and keeps the message on its line', () => {
    const out = getReporter('github')(RESULTS, { color: false });
    const file = /file=([^,]*),/.exec(out)?.[1] ?? '';
    expect(file).not.toMatch(/[\u001b\u0007\r\n]/);
    expect(out).toContain('::Unexpected `x\\x08\\x7f` \\u{2066}here\\u{2069}\\x09and\\u{2028}there');
  });

  it('junit keeps no raw line break in file, classname or name', () => {
    const out = getReporter('junit')(RESULTS, { color: false });
    for (const attr of ['file', 'classname', 'name']) {
      for (const m of out.matchAll(new RegExp(` ${attr}="([^"]*)"`, 'g'))) expect(m[1], attr).not.toMatch(/[\r\n]|&#x?[0-9a-f]+;/i);
    }
  });

  it('json and sarif keep the exact strings', () => {
    const json = getReporter('json')(RESULTS, { color: false });
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual([d]);
    const sarif = getReporter('sarif')(RESULTS, { color: false, cwd: '/' });
    expect(sarif).not.toMatch(RAW);
    const log = JSON.parse(sarif) as { runs: { results: { message: { text: string } }[] }[] };
    expect(log.runs[0].results[0].message.text).toBe(MESSAGE);
  });
});

describe('the CLI lines', () => {
  it('the progress line shows a file name escaped', () => {
    let written = '';
    const stream = { isTTY: true, columns: 200, write: (s: string) => (written += s) } as unknown as NodeJS.WriteStream;
    progressLine(stream)?.(1, 2, FILE);
    expect(written.replace(/^\r/, '')).not.toMatch(RAW);
    expect(written).toContain(SHOWN_FILE);
  });

  it('a teikit: line shows the message escaped, on one line', () => {
    expect(teikitLine(`Cannot read ${FILE}`)).toBe(`teikit: Cannot read ${SHOWN_FILE}\n`);
    let err = '';
    expect(handleFailure(new Error(`ENOENT ${FILE}`), { out: () => undefined, err: (s: string) => (err += s) } as never)).toBe(2);
    expect(err).toBe(`teikit: ENOENT ${SHOWN_FILE}\n`);
  });
});

describe('through the CLI', () => {
  it('a file name with ESC, BEL and a line break reaches no output raw', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { teikit } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'teikit-escape-'));
    try {
      const name = 'a\u001b]0;owned\u0007\nb.xml';
      writeFileSync(join(dir, name), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>');
      for (const format of ['stylish', 'github', 'junit']) {
        const r = teikit(['validate', '--format', format, join(dir, name)]);
        expect(r.status, format).toBe(1);
        expect(r.stdout.replace(/\n/g, ''), format).not.toMatch(/[\u0000-\u001f]/);
        expect(r.stdout, format).toContain('a\\x1b]0;owned\\x07\\x0ab.xml'.replace(/[,:]/g, (c) => (format === 'github' ? encodeURIComponent(c) : c)));
      }
      const json = teikit(['validate', '--format', 'json', join(dir, name)]);
      expect((JSON.parse(json.stdout) as Diagnostic[])[0].file).toBe(join(dir, name));
      const missing = teikit(['transform', '--to', 'text', join(dir, `x${name}`)]);
      expect(missing.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
