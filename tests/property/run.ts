/**
 * Running random documents through the compiled library in-process (`lib/index.js`: `validate`,
 * `build`, `transform`; run `npm run build` first), with the fixed seed and run count of the
 * property tests.
 *
 * For a longer run locally (any seed; a failure prints its seed and shrunk counterexample):
 *   FC_NUM_RUNS=500 FC_TIME_LIMIT=3600000 FC_SEED=$RANDOM npx vitest run tests/property
 * FC_TIME_LIMIT (milliseconds, default 200 s) bounds a property, shrinking included.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type fc from 'fast-check';
import type { Diagnostic } from '../../lib/index.js';
import { build, transform } from '../../lib/index.js';
import type { Doc } from './model.js';
import { serialize } from './serialize.js';

/** The seed of every property here (FC_SEED overrides). */
export const SEED = Number(process.env.FC_SEED ?? 20261127);

/**
 * How many documents a property tries (FC_NUM_RUNS overrides).
 * @param fallback the default of that property.
 */
export function runs(fallback: number): number {
  return Number(process.env.FC_NUM_RUNS ?? fallback);
}

/** Milliseconds after which fast-check stops a property, its runs or its shrinking (FC_TIME_LIMIT). */
export const TIME_LIMIT = Number(process.env.FC_TIME_LIMIT ?? 200_000);

/** The timeout of a test that runs a property: the time limit and a margin to report. */
export const TEST_TIMEOUT = TIME_LIMIT + 60_000;

/**
 * fast-check's settings for a property over documents: the seed, the run count, and the time
 * limit, below the test's timeout, so that a failure whose shrinking is slow (each document takes a
 * build) is still reported, with the smallest counterexample found so far. FC_SHRINK=0 reports the
 * first failure unshrunk (quick while developing).
 * @param fallback the default run count.
 */
export function settings(fallback: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: runs(fallback), endOnFailure: process.env.FC_SHRINK === '0', interruptAfterTimeLimit: TIME_LIMIT };
}

/** A document written to disk as `<id>.xml` (Schematron `id-matches-file`). */
export interface Written {
  file: string;
  xml: string;
  faultLine?: number;
}

/**
 * Writes a document into its own folder under `dir`.
 * @param dir a temp folder.
 * @param doc the model.
 * @param fault the content of a faulty paragraph (see fault.ts).
 */
export function writeDoc(dir: string, doc: Doc, fault?: (nextPage: number) => string): Written {
  const folder = join(dir, `${doc.id}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(folder, { recursive: true });
  const s = serialize(doc, fault);
  const file = join(folder, `${doc.id}.xml`);
  writeFileSync(file, s.xml);
  return { file, ...s };
}

/** Everything a build made of one document. */
export interface Built {
  diagnostics: Diagnostic[];
  html: string;
  text: string;
  diplomatic: string;
  json: string;
  /** The reading view without wrapping (`transform --to text --width 0`). */
  flat: string;
}

/**
 * Builds a document to every target and reads the outputs back.
 * @param file the document, `<id>.xml`.
 * @param id its id.
 */
export async function buildDoc(file: string, id: string): Promise<Built> {
  const out = join(file, '..', 'out');
  const run = await build([file], { out, targets: ['html', 'text', 'json'], cache: false, jobs: 1 });
  const diagnostics = run.results.flatMap((r) => r.diagnostics);
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  const flat = await transform({ file, to: 'text', view: 'reading', width: 0 });
  return {
    diagnostics: [...diagnostics, ...flat.result.diagnostics],
    html: read(`${id}.html`),
    text: read(`${id}.txt`),
    diplomatic: read(`${id}.diplomatic.txt`),
    json: read(`${id}.json`),
    flat: flat.output ?? '',
  };
}
