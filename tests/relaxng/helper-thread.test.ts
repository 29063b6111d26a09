/**
 * RELAX NG in a helper thread (src/validate/relaxng/remote.ts): the gate's events, sent in batches
 * over a port and replayed into the validator, give exactly the findings the validator gives when
 * the gate feeds it directly — for every valid and invalid fixture, with batches as small as one
 * event. A document the gate refuses lets the helper go with nothing validated. Through the CLI, a
 * document large enough to be split (HELPER_BYTES) gets the same report with two threads as with one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { HELPER_BYTES } from '../../src/exec/run-documents.js';
import { relaxNgHelper, remoteRelaxNg } from '../../src/validate/relaxng/remote.js';
import { type Grammar, loadGrammar, relaxNgObserver } from '../../src/validate/relaxng/validate.js';
import { parse } from '../../src/xml/parse.js';
import { generateInputs } from '../bench/generate.mjs';
import { ROOT, teikit } from '../helpers/cli.js';
import { EDITION_RNG, invalidDocuments, label, validDocuments } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'teikit-rng-helper-'));
process.env.XDG_CACHE_HOME = join(dir, 'cache');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The findings of the validator fed directly by the gate. */
function direct(grammar: Grammar, file: string, text: string): Diagnostic[] {
  const sink: Diagnostic[] = [];
  parse(file, text, [relaxNgObserver(grammar, file, sink)]);
  return sink;
}

/** The findings of a helper on the other end of a channel, fed batches of `fields` fields. */
async function helped(grammar: Grammar, file: string, text: string, fields?: number): Promise<{ ok: boolean; findings?: Diagnostic[] }> {
  const channel = new MessageChannel();
  const helper = relaxNgHelper(channel.port2, grammar, file);
  const remote = remoteRelaxNg(channel.port1, fields);
  const parsed = parse(file, text, [remote.observer]);
  if (!parsed.ok) {
    remote.abort();
    await helper;
    return { ok: false };
  }
  const findings = await remote.findings();
  await helper;
  return { ok: true, findings };
}

describe('RELAX NG in a helper thread', () => {
  let grammar: Grammar;
  beforeAll(async () => {
    grammar = await loadGrammar(EDITION_RNG);
  });

  const documents = [...invalidDocuments(), ...validDocuments()];
  it.each(documents.map((f) => [label(f), f]))('finds what the gate-fed validator finds in %s', async (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const expected = direct(grammar, basename(file), text);
    for (const fields of [undefined, 1, 7]) {
      expect(await helped(grammar, basename(file), text, fields)).toEqual({ ok: true, findings: expected });
    }
  });

  it('has invalid fixtures to compare', () => {
    const text = readFileSync(invalidDocuments()[0], 'utf8');
    expect(direct(grammar, 'x.xml', text).length).toBeGreaterThan(0);
  });

  it('lets the helper go when the gate refuses the document', async () => {
    const text = readFileSync(validDocuments()[0], 'utf8').replace('</text>', '</txet>');
    expect(await helped(grammar, 'x.xml', text, 1)).toEqual({ ok: false });
  });
});

describe('a large document validated with a helper thread', () => {
  it('gets the same report with two threads as with one', () => {
    const { large } = generateInputs(join(ROOT, 'edition/oss-ra-3039s.xml'), join(dir, 'data'), { largeBytes: HELPER_BYTES + 64 * 1024, collectionSize: 0 });
    // Mistakes of the schema (an unknown attribute, a misplaced element) and of the rules, spread over the document.
    let n = 0;
    const xml = readFileSync(large, 'utf8').replace(/<p\b([^>]*)>/g, (m, attrs: string) => (++n % 40 === 0 ? `<p wrong="1"${attrs}>` : n % 55 === 0 ? `${m}<div/>` : m));
    expect(Buffer.byteLength(xml)).toBeGreaterThan(HELPER_BYTES);
    writeFileSync(large, xml);
    const one = teikit(['validate', large, '--format', 'json', '--jobs', '1'], { env: { XDG_CACHE_HOME: join(dir, 'cache') } });
    const two = teikit(['validate', large, '--format', 'json', '--jobs', '2'], { env: { XDG_CACHE_HOME: join(dir, 'cache') } });
    expect(one.status).toBe(1);
    const findings = JSON.parse(one.stdout) as Diagnostic[];
    expect(findings.filter((d) => d.source === 'relaxng').length).toBeGreaterThan(10);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);
});
