/**
 * Schematron in a helper thread while the main thread parses (src/pipeline/schematron-offload.ts):
 * the same diagnostics as the sequential path, the gate still decides, and texts with a DOCTYPE
 * never reach SaxonJS early. The helper is a compiled worker, so these tests run the built library
 * (`lib/`, as the CLI does).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, teikit } from '../helpers/cli.js';

const LIB = `${ROOT}lib/pipeline/schematron-offload.js`;
const FIXTURES = `${ROOT}tests/schematron/`;
const bad = readdirSync(FIXTURES)
  .filter((d) => existsSync(`${FIXTURES}${d}/${d}-bad.xml`))
  .map((d) => `tests/schematron/${d}/${d}-bad.xml`);

describe.skipIf(!existsSync(LIB))('Schematron in a helper thread (needs `npx tsc -p .`)', () => {
  it('gives the same diagnostics as the sequential path, for every bad fixture', () => {
    const args = ['validate', '--format', 'json', '--jobs', '1', ...bad];
    const sequential = teikit(args, { env: { TEIKIT_OFFLOAD_MIN: String(2 ** 40) } });
    const offloaded = teikit(args, { env: { TEIKIT_OFFLOAD_MIN: '1' } });
    expect(sequential.status).toBe(1);
    expect(JSON.parse(offloaded.stdout)).toEqual(JSON.parse(sequential.stdout));
    expect(offloaded.status).toBe(sequential.status);
  });

  it('answers from the helper thread (not by falling back to the main thread)', async () => {
    const { offloadRules } = (await import(LIB)) as typeof import('../../src/pipeline/schematron-offload.js');
    const { loadRules } = (await import(`${ROOT}lib/pipeline/validate-schematron.js`)) as typeof import('../../src/pipeline/validate-schematron.js');
    const file = `${FIXTURES}pb-n/pb-n-bad.xml`;
    const job = offloadRules(file, readFileSync(file, 'utf8'), await loadRules());
    const outcome = await job.outcome;
    expect(outcome && 'findings' in outcome ? outcome.findings.map((f) => f.ruleId) : outcome).toContain('pb-n');
  });

  it('reports only the gate for a document that is not well-formed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-offload-'));
    const file = join(dir, 'broken.xml');
    writeFileSync(file, readFileSync(`${FIXTURES}pb-n/pb-n-bad.xml`, 'utf8').replace('</TEI>', '</TEI><TEI/>'));
    const run = teikit(['validate', '--format', 'json', '--jobs', '1', file], { env: { TEIKIT_OFFLOAD_MIN: '1' } });
    const sources = (JSON.parse(run.stdout) as { source: string }[]).map((d) => d.source);
    expect(run.status).toBe(1);
    expect(new Set(sources)).toEqual(new Set(['xml']));
  });

  it('never offloads a text with a DOCTYPE, nor a small one', async () => {
    const { shouldOffload } = (await import(LIB)) as typeof import('../../src/pipeline/schematron-offload.js');
    const big = `<TEI xmlns="http://www.tei-c.org/ns/1.0">${' '.repeat(2 * 1024 * 1024)}</TEI>`;
    expect(shouldOffload(big)).toBe(true);
    expect(shouldOffload(`<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>${big}`)).toBe(false);
    expect(shouldOffload('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')).toBe(false);
  });
});
