/**
 * `teikit transform <file> --to text|json [--view] [--width] [-o]` end to end through the real bin:
 * output, exit codes, the `unhandled-element` diagnostics of the fallback, and the decoding trap
 * (a UTF-8 document whose text mentions `encoding="iso-8859-1"` keeps its characters).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teikit } from '../helpers/cli.js';
import { tempDir } from '../helpers/edition.js';

const EDITION = 'edition/oss-ra-3039s.xml';

function tei(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
  <sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
  <text><body>${body}</body></text>
</TEI>
`;
}

describe('teikit transform', () => {
  it('prints the reading text wrapped at 78 columns, exit 0', () => {
    const r = teikit(['transform', EDITION, '--to', 'text']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('CURRENT INTELLIGENCE STUDY NUMBER 10\n')).toBe(true);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(78);
    expect(r.stderr).toBe('');
  });

  it('prints the diplomatic view with --view diplomatic, unwrapped with --width 0', () => {
    const r = teikit(['transform', EDITION, '--to', 'text', '--view', 'diplomatic', '--width', '0']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[page 2]');
    expect(r.stdout).toContain('[SECRET struck]');
    expect(r.stdout.split('\n').some((l) => l.length > 500)).toBe(true);
  });

  it('writes JSON to a file with -o', () => {
    const out = join(tempDir(), 'e.json');
    const r = teikit(['transform', EDITION, '--to', 'json', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const m = JSON.parse(readFileSync(out, 'utf8')) as { id: string; text: string };
    expect(m.id).toBe('oss-ra-3039s');
    expect(m.text).toContain('superiority');
  });

  it('reports a document that is not well-formed, exit 1, nothing on stdout', () => {
    const file = join(tempDir(), 'bad.xml');
    writeFileSync(file, tei('<p>open'));
    const r = teikit(['transform', file, '--to', 'text']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('keeps the text of unknown elements and reports each name once as info unhandled-element', () => {
    const file = join(tempDir(), 'unknown.xml');
    writeFileSync(file, tei('<p>one <frobnicate>two</frobnicate> three <frobnicate>four</frobnicate> <zork>five</zork></p>'));
    for (const to of ['text', 'json']) {
      const r = teikit(['transform', file, '--to', to]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(to === 'text' ? 'one two three four five' : '"text": "one two three four five"');
      const lines = r.stderr.split('\n').filter((l) => l.includes('unhandled-element'));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^\s*5:\d+\s+info\s+Unexpected element `frobnicate` \(2 in the document\)/);
      expect(lines[1]).toContain('`zork`');
    }
  });

  it('keeps UTF-8 characters of a document whose text mentions encoding="iso-8859-1"', () => {
    const file = join(tempDir(), 'trap.xml');
    writeFileSync(file, tei('<p>The example <code>&lt;?xml version="1.0" encoding="iso-8859-1"?&gt;</code> with Satō, ½ and 𝔄.</p>'), 'utf8');
    const text = teikit(['transform', file, '--to', 'text']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('encoding="iso-8859-1"?> with Satō, ½ and 𝔄.');
    const json = JSON.parse(teikit(['transform', file, '--to', 'json']).stdout) as { text: string };
    expect(json.text).toContain('Satō, ½ and 𝔄.');
  });
});
