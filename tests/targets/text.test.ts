/**
 * The text target's views (issue "teikit build and transform", section text): the reading view
 * joins words split by `pb break="no"` and leaves out furniture and editorial notes; the
 * diplomatic view keeps them with its declared conventions; lines wrap at the width asked. The
 * options --text-header and --notes (issue "The encoding guide…", point 5) are off by default.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, teikit } from '../helpers/cli.js';
import { renderFiles, renderInput, renderOne } from './render.js';

const EDITION = join(ROOT, 'edition/oss-ra-3039s.xml');
const MEMO = join(ROOT, 'tests/fixtures/valid/memo-confidential/oss-memo-0042.xml');

async function text(xml: string, view: 'reading' | 'diplomatic', width = 78): Promise<string> {
  return renderOne(await renderInput(xml), 'text', { view, width }).output;
}

describe('text reading view', () => {
  it('joins the word split by pb break="no" without its hyphen, and leaves out furniture and notes', async () => {
    const t = await text(EDITION, 'reading', 0);
    expect(t).toContain('the overwhelming superiority of forces');
    expect(t).not.toContain('superi-');
    for (const furniture of ['SECRET', 'Copy No. 28', 'APPROVED FOR RELEASE', '[page']) expect(t).not.toContain(furniture);
    expect(t).not.toContain('Naotake'); // the editorial note on the Ambassador
  });

  it('begins with the header block lines and separates paragraphs by a blank line', async () => {
    const t = await text(EDITION, 'reading', 0);
    expect(t.startsWith('CURRENT INTELLIGENCE STUDY NUMBER 10\n\nOFFICE OF STRATEGIC SERVICES\nRESEARCH AND ANALYSIS BRANCH\n\n')).toBe(true);
    const paragraphs = t.trim().split('\n\n');
    expect(paragraphs.slice(-8).every((p) => !p.includes('\n'))).toBe(true);
  });

  it('wraps at 78 columns by default, at the width asked, not at all with width 0', async () => {
    const input = await renderInput(EDITION);
    const at = (width: number) => renderOne(input, 'text', { width }).output.split('\n').map((l) => l.length);
    expect(Math.max(...at(78))).toBeLessThanOrEqual(78);
    expect(Math.max(...at(40))).toBeLessThanOrEqual(40);
    expect(Math.max(...at(0))).toBeGreaterThan(500);
    expect(renderOne(input, 'text', {}).output).toBe(renderOne(input, 'text', { width: 78 }).output);
  });

  it('gives the corrected reading, the addition, and a label for withheld text', async () => {
    const t = await text(MEMO, 'reading', 0);
    expect(t).toContain('rose sharply in the weeks');
    expect(t).toContain('the Portuguese censors had been [gap: 3 lines, not declassified] withdrawn');
    expect(t).toContain('is to be repeated,"');
    expect(t).not.toContain('CONFIDENTIAL');
  });
});

describe('text diplomatic view', () => {
  it('keeps furniture in place, struck markings as [SECRET struck], a [page N] line at each page break', async () => {
    const t = await text(EDITION, 'diplomatic');
    expect(t.match(/\[SECRET struck\]/g)).toHaveLength(5);
    expect(t.match(/^\[page \d+\]$/gm)).toEqual(['[page 1]', '[page 2]', '[page 3]']);
    expect(t).toContain('superi-\n\n[SECRET struck]\n\n[page 3]\n\n[SECRET struck]\n\nority');
    expect(t).toContain('Copy No. 28\n\nAPPROVED FOR RELEASE\nDATE: JAN 2002\n\n[SECRET struck]\n\n[page 2]');
  });

  it('shows an unstruck CONFIDENTIAL marking as typed, sic as on the page, additions with their place', async () => {
    const t = await text(MEMO, 'diplomatic', 0);
    expect(t.match(/^CONFIDENTIAL$/gm)).toHaveLength(3);
    expect(t).not.toContain('struck');
    expect(t).toContain('rose [sharply added above] in the weeks');
    expect(t).toContain('the Portugese censors');
    expect(t).toContain('is to be re-\n\nCONFIDENTIAL\n\n[page 2]');
  });

  it('is written by a build as <id>.diplomatic.txt beside <id>.txt', async () => {
    const r = renderFiles(await renderInput(EDITION), 'text');
    expect(r.files.map((f) => f.name)).toEqual(['oss-ra-3039s.txt', 'oss-ra-3039s.diplomatic.txt']);
  });
});

describe('text options --text-header and --notes', () => {
  /** The notes of the document's text, in document order, as written (whitespace normalised). */
  function notesOf(file: string): string[] {
    const xml = readFileSync(file, 'utf8');
    const body = xml.slice(xml.search(/<text[\s>]/));
    return [...body.matchAll(/<note\b[^>]*>([\s\S]*?)<\/note>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
  }

  it('are off by default: the text is the same as with both false, with no header block and no notes', async () => {
    const input = await renderInput(EDITION);
    const plain = renderOne(input, 'text', {}).output;
    expect(renderOne(input, 'text', { textHeader: false, notes: false }).output).toBe(plain);
    expect(plain).not.toMatch(/^Source: |^Classification: |^Notes$|\[\d+\]/m);
    const files = renderFiles(input, 'text');
    expect(files.files[0]!.content).toBe(plain);
  });

  it('--text-header puts the title, the source and the classification before the text', async () => {
    const input = await renderInput(EDITION);
    const plain = renderOne(input, 'text', { width: 0 }).output;
    const t = renderOne(input, 'text', { width: 0, textHeader: true }).output;
    const [head, ...rest] = t.split('\n\n----\n\n');
    expect(rest.join('\n\n----\n\n')).toBe(plain);
    const lines = head!.split('\n');
    expect(lines[0]).toBe('Soviet Break with Japan');
    expect(lines).toContain('Source: Office of Strategic Services, Research and Analysis Branch: Current Intelligence Studies, 0000709436, R & A 3039S, Copy No. 28; 13 April 1945');
    expect(lines).toContain('Classification: Secret (cancelled: every marking is struck through)');
    const memo = renderOne(await renderInput(MEMO), 'text', { width: 0, textHeader: true }).output;
    expect(memo).toMatch(/^Classification: Confidential$/m);
    expect(memo).not.toMatch(/^Classification: .*cancelled/m);
  });

  it('--notes numbers the notes in the text and gives them at the end, in both views and wrapped', async () => {
    for (const file of [EDITION]) {
      const notes = notesOf(file);
      expect(notes.length).toBeGreaterThan(0);
      const input = await renderInput(file);
      for (const view of ['reading', 'diplomatic'] as const) {
        const flat = renderOne(input, 'text', { view, width: 0, notes: true }).output;
        const at = flat.lastIndexOf('\n\nNotes\n\n');
        expect(at, `${file} ${view}`).toBeGreaterThan(0);
        const [text, end] = [flat.slice(0, at), flat.slice(at + '\n\nNotes\n\n'.length)];
        expect([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))).toEqual(notes.map((_, i) => i + 1));
        expect(end.trimEnd().split('\n\n')).toEqual(notes.map((n, i) => `[${i + 1}] ${n}`));
        const wrapped = renderOne(input, 'text', { view, notes: true }).output;
        expect(Math.max(...wrapped.split('\n').map((l) => l.length))).toBeLessThanOrEqual(78);
      }
    }
  });

  it('--notes takes the document\'s own notes out of the text too, and keeps a note\'s paragraphs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-notes-'));
    try {
      const file = join(dir, 'notes.xml');
      writeFileSync(file, `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Notes</title></titleStmt>
        <publicationStmt><p>x</p></publicationStmt><sourceDesc><bibl>A letter, 1944</bibl></sourceDesc></fileDesc></teiHeader>
        <text><body><p>One<note place="foot">The writer's own note.</note> and two<note type="editorial"><p>First paragraph.</p><p>Second one.</p></note> words.</p></body></text></TEI>`);
      const input = await renderInput(file);
      expect(renderOne(input, 'text', {}).output).toBe('One\n\nNote: The writer\'s own note.\n\nand two words.\n');
      expect(renderOne(input, 'text', { notes: true, textHeader: true }).output).toBe(
        'Notes\n\nSource: A letter, 1944\n\n----\n\nOne[1] and two[2] words.\n\nNotes\n\n[1] The writer\'s own note.\n\n[2] First paragraph.\n\nSecond one.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are options of teikit transform and teikit build', () => {
    const t = teikit(['transform', EDITION, '--to', 'text', '--text-header', '--notes']);
    expect(t.status, t.stderr).toBe(0);
    expect(t.stdout.startsWith('Soviet Break with Japan\n')).toBe(true);
    expect(t.stdout).toMatch(/\n\nNotes\n\n\[1\] /);
    const out = mkdtempSync(join(tmpdir(), 'teikit-text-'));
    try {
      const b = teikit(['build', EDITION, '--out', out, '--targets', 'text', '--notes']);
      expect(b.status, b.stdout + b.stderr).toBe(0);
      for (const f of ['oss-ra-3039s.txt', 'oss-ra-3039s.diplomatic.txt']) expect(readFileSync(join(out, f), 'utf8')).toMatch(/\n\nNotes\n\n\[1\] /);
      const again = teikit(['build', EDITION, '--out', out, '--targets', 'text']);
      expect(again.status, again.stdout + again.stderr).toBe(0);
      expect(readFileSync(join(out, 'oss-ra-3039s.txt'), 'utf8')).not.toContain('\nNotes\n');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
