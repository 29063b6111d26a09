/**
 * The step of a build that follows its documents: for a full build the collection step
 * (finish.ts: withdrawn documents, collection pages, manifest), for `--shard k/n` the shard's
 * manifest and the register's copy, which `build --merge` completes (shards.ts).
 */
import type { FileResult } from '../diagnostics/diagnostic.js';
import type { DocumentOutcome } from './build-document.js';
import type { Manifest } from './manifest.js';
import { parseShard } from '../io/shard.js';
import { type Commit, finishCollection } from './finish.js';
import type { CollectionPlan } from './plan.js';
import type { PageRenderer } from '../targets/collection-outputs.js';
import { writeShardManifest } from './shards.js';

/** What the step is given. */
export interface CompleteOptions {
  out: string;
  /** The build's configuration key. */
  key: string;
  plan: CollectionPlan;
  manifest: Manifest;
  /** Each document's outcome, by key. */
  outcomes: ReadonlyMap<string, DocumentOutcome>;
  commit: Commit;
  shard?: string;
  baseUrl?: string;
  /** Renders the collection pages (the build's worker pool); default in this thread. */
  render?: PageRenderer;
}

/** What the step wrote, the register's result (with unused entries), and what could not be written. */
export interface Completed {
  written: string[];
  register?: FileResult;
  problems: FileResult[];
}

/**
 * Writes the collection's pages and manifest, or the shard's manifest.
 * @param o the output folder, plan, manifest, outcomes and how to write.
 */
export async function completeBuild(o: CompleteOptions): Promise<Completed> {
  const reg = o.plan.register;
  if (o.shard) return writeShard(o);
  const done = await finishCollection({
    out: o.out, manifest: o.manifest, covers: o.plan.covers, baseUrl: o.baseUrl, commit: o.commit, render: o.render,
    ...(reg?.facts && reg.parsed ? { register: { key: reg.ref.key, facts: reg.facts, file: reg.ref.file, bytes: reg.bytes, locate: (p: string) => reg.parsed!.positions.locate(p) } } : {}),
  });
  return done;
}

/** A shard's manifest (its documents' entries, built or unchanged, and those that failed) and the register's copy. */
async function writeShard(o: CompleteOptions): Promise<Completed> {
  const { plan, manifest } = o;
  const shard = parseShard(o.shard!);
  const documents = Object.fromEntries(plan.docs.filter((d) => manifest.documents[d.key] && !manifest.documents[d.key].stale).map((d) => [d.key, manifest.documents[d.key]]));
  const failed = plan.docs.filter((d) => !(d.key in documents) && o.outcomes.has(d.key)).map((d) => d.key).sort();
  const reg = plan.register;
  const written: string[] = [];
  const problems: FileResult[] = [];
  if (reg?.facts && reg.bytes) {
    const problem = await o.commit(reg.ref.file, [{ name: 'tei/register.xml', content: reg.bytes }]);
    if (problem) problems.push({ file: problem.file, diagnostics: [problem] });
    else written.push('tei/register.xml');
  }
  await writeShardManifest(o.out, { key: o.key, shard, ...(reg?.facts ? { register: { key: reg.ref.key, hash: reg.ref.hash, facts: reg.facts } } : {}), documents, failed });
  return { written, problems };
}
