/**
 * One execution model (issue 11): a worker's task parses a document once with saxes (the gate and
 * RELAX NG in one pass) and once with SaxonJS (one tree for Schematron and every target), and
 * SaxonJS never sees a document the gate has not passed. The worker's task is run here in-process
 * with both parsers counted; no helper thread remains in the code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runTask } from '../../lib/exec/document-job.js';
import { loadCheckers } from '../../lib/validate/document.js';
import { ROOT } from '../helpers/cli.js';
import { EDITION } from '../helpers/edition.js';

const calls = vi.hoisted(() => ({ saxes: 0, saxon: [] as string[] }));

vi.mock('../../lib/saxon/load.js', async (original) => {
  const real = await original<typeof import('../../lib/saxon/load.js')>();
  return {
    ...real,
    saxonDocument: (text: string) => {
      calls.saxon.push(text);
      return real.saxonDocument(text);
    },
  };
});
vi.mock('../../lib/xml/parse.js', async (original) => {
  const real = await original<typeof import('../../lib/xml/parse.js')>();
  return {
    ...real,
    parse: (...args: Parameters<typeof real.parse>) => {
      calls.saxes++;
      return real.parse(...args);
    },
  };
});

const config = { checks: true };
const checkers = () => loadCheckers();
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(() => {
  calls.saxes = 0;
  calls.saxon = [];
});

describe('one parse per engine', () => {
  it('build: the gate once, SaxonJS once for Schematron and all three targets', async () => {
    const reply = await runTask({ kind: 'build', file: EDITION, bytes: readFileSync(EDITION), targets: ['html', 'text', 'json'] }, config, checkers);
    expect(reply.result.diagnostics).toEqual([]);
    expect(reply.files?.map((f) => f.name).sort()).toEqual(['oss-ra-3039s.diplomatic.txt', 'oss-ra-3039s.html', 'oss-ra-3039s.json', 'oss-ra-3039s.txt', 'search/oss-ra-3039s.json']);
    expect(calls).toEqual({ saxes: 1, saxon: [readFileSync(EDITION, 'utf8')] });
  });

  it('nothing the gate refused reaches SaxonJS: a DOCTYPE, a document too deep, a broken one', async () => {
    const tei = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>${body}</body></text></TEI>`;
    const refused = [`<!DOCTYPE TEI [<!ENTITY x "y">]>${tei('<p>&x;</p>')}`, tei('<p>'.repeat(1200) + '</p>'.repeat(1200)), tei('<p>')];
    for (const text of refused) {
      for (const kind of ['validate', 'build', 'transform'] as const) {
        const reply = await runTask({ kind, file: 'x.xml', bytes: bytes(text), targets: ['html'], transform: { to: 'text' } }, config, checkers);
        expect(reply.result.diagnostics[0]?.source, kind).toBe('xml');
      }
    }
    expect(calls.saxon).toEqual([]);
  });
});

describe('one execution model', () => {
  it('starts no thread but the pool, and sets V8 flags only in the command, before anything loads', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    for (const f of sources) {
      const text = readFileSync(join(ROOT, 'src', f), 'utf8');
      expect(text, f).not.toMatch(/new Worker\(|setFlagsFromString/);
    }
    const bin = readFileSync(join(ROOT, 'bin/teikit.js'), 'utf8');
    expect(bin.indexOf('setFlagsFromString(')).toBeLessThan(bin.indexOf('await import('));
  });
});
