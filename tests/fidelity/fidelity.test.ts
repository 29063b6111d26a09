/**
 * Fidelity of the edition to its transcription, through the real text target (the compiled
 * stylesheet the CLI ships): the words of edition/transcriptions/oss-ra-3039s.txt, without its
 * page furniture and its markup (`~~struck~~`, `*italic*`), with the word split across pages
 * joined, equal the words of the edition's reading view, in order. The diplomatic view keeps
 * every furniture word. Both files are in the repository, so this runs on any clone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { renderInput, renderOne, words } from '../targets/render.js';

const EDITION = join(ROOT, 'edition/oss-ra-3039s.xml');
const TRANSCRIPTION = join(ROOT, 'edition/transcriptions/oss-ra-3039s.txt');
/** Lines of the transcription that are page furniture, not text. */
const FURNITURE = ['~~SECRET~~', 'Copy No. 28', 'APPROVED FOR RELEASE', 'DATE: JAN 2002'];

function transcriptionWords(): string[] {
  const lines = readFileSync(TRANSCRIPTION, 'utf8').split(/\r?\n/).filter((l) => !FURNITURE.includes(l.trim()));
  const text = lines.join('\n')
    .replace(/(\p{L})-\n\s*(\p{Ll})/gu, '$1$2') // "superi-" at a page end, "ority" on the next page
    .replace(/~~/g, '')
    .replace(/\*/g, '');
  return words(text);
}

describe('the edition against its transcription', () => {
  it('has the transcription\'s words, in order, in its reading text', async () => {
    const reading = renderOne(await renderInput(EDITION), 'text', { view: 'reading', width: 78 }).output;
    const expected = transcriptionWords();
    expect(expected).toContain('superiority');
    expect(words(reading)).toEqual(expected);
  });

  it('has every furniture word of the transcription in its diplomatic text', async () => {
    const diplomatic = renderOne(await renderInput(EDITION), 'text', { view: 'diplomatic' }).output;
    const raw = readFileSync(TRANSCRIPTION, 'utf8');
    const furnitureLines = raw.split(/\r?\n/).filter((l) => FURNITURE.includes(l.trim()));
    for (const line of new Set(furnitureLines)) {
      for (const w of words(line.replace(/~~/g, ''))) expect(diplomatic).toContain(w);
    }
    const count = (s: string, w: string) => s.split(w).length - 1;
    expect(count(diplomatic, 'SECRET')).toBe(count(raw, '~~SECRET~~'));
    expect(diplomatic).toContain('superi-');
  });
});
