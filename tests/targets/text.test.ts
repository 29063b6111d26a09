/**
 * The text target's views (issue "teikit build and transform", section text): the reading view
 * joins words split by `pb break="no"` and leaves out furniture and editorial notes; the
 * diplomatic view keeps them with its declared conventions; lines wrap at the width asked.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
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
