/**
 * The collection step that follows the documents, in a full build or a merge of shards: documents
 * whose source no longer exists leave the manifest; an id that no document has any more is
 * withdrawn (its page replaced by one that says so, its other outputs removed); the collection's
 * pages that changed and the manifest are committed together, after the documents; register
 * entries no document uses are reported when the run covers the collection.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { type Manifest, MANIFEST_NAME, manifestText, type PageRecord } from './manifest.js';
import { safeOutputPath } from '../io/out-path.js';
import { type CollectionDocument, collectionModel, unusedRegisterEntries } from '../targets/collection-model.js';
import { type PageRenderer, pageFileName, renderCollectionOutputs, renderHere } from '../targets/collection-outputs.js';
import { contentHash } from '../io/hash.js';
import type { RegisterFacts } from '../targets/collection-model.js';
import { unusedEntryWarning } from './register.js';
import { withSearchPages } from '../targets/collection-search.js';

/** An output to write: text (UTF-8) or bytes. */
export interface OutputBytes {
  name: string;
  content: string | Uint8Array;
}

/** The register as the collection step needs it. */
export interface RegisterPart {
  key: string;
  facts: RegisterFacts;
  /** Its source, copied to `tei/register.xml` when given. */
  bytes?: Uint8Array;
  /** For the unused-entry warnings: the register's path and how to locate an entry. */
  file?: string;
  locate?: (path: string) => { line: number; column: number };
}

/** What the collection step is given. */
export interface FinishOptions {
  out: string;
  manifest: Manifest;
  register?: RegisterPart;
  /** Report register entries no document uses (the run covers the whole collection). */
  covers: boolean;
  baseUrl?: string;
  /** Whether a key's source still exists (default: on disk, relative to the current folder). */
  exists?: (key: string) => boolean;
  /** Commits a set of outputs together (build-document.ts `commitOutputs`). */
  commit: Commit;
  /** Renders the collection pages; default in this thread (a build passes its worker pool). */
  render?: PageRenderer;
}

/** Writes outputs together (all or none); the diagnostic of what prevented it, about `file`. */
export type Commit = (file: string, files: readonly OutputBytes[]) => Promise<Diagnostic | undefined>;

/**
 * Whether an output must be written: it is missing or holds other bytes.
 * @param out the output folder.
 * @param f the output.
 */
async function changed(out: string, f: OutputBytes): Promise<boolean> {
  const now = await readFile(safeOutputPath(out, f.name)).catch(() => undefined);
  return !now || !now.equals(Buffer.from(f.content));
}

/**
 * A renderer that takes a page from the output folder instead of rendering it when the manifest
 * says it was rendered from the same request and the file still holds what was written then (a
 * page edited or damaged since is rendered again); records what each page was rendered from.
 * @param out the output folder.
 * @param before the pages as the manifest of the last build records them.
 * @param after filled with the pages of this build.
 * @param render renders the others.
 */
function reusing(out: string, before: Readonly<Record<string, PageRecord>>, after: Record<string, PageRecord>, render: PageRenderer): PageRenderer {
  return async (requests) => {
    const pages: string[] = new Array<string>(requests.length);
    const todo: number[] = [];
    for (const [i, r] of requests.entries()) {
      const name = pageFileName(r);
      const model = contentHash(`${r.template}\0${r.withdrawnId}\0${r.model}`);
      const kept = before[name]?.model === model ? await readFile(safeOutputPath(out, name), 'utf8').catch(() => undefined) : undefined;
      if (kept !== undefined && contentHash(kept) === before[name].content) pages[i] = kept;
      else todo.push(i);
      after[name] = { model, content: '' };
    }
    const rendered = await render(todo.map((i) => requests[i]));
    todo.forEach((i, k) => (pages[i] = rendered[k]));
    for (const [i, r] of requests.entries()) after[pageFileName(r)].content = contentHash(pages[i]);
    return pages;
  };
}

/**
 * Runs the collection step.
 * @param options the output folder, manifest, register and scope.
 * @returns names written, diagnostics on the register, and what could not be written.
 */
export async function finishCollection(options: FinishOptions): Promise<{ written: string[]; register?: FileResult; problems: FileResult[] }> {
  const { out, manifest } = options;
  const exists = options.exists ?? ((key: string) => existsSync(key));
  const gone = Object.keys(manifest.documents).filter((k) => !exists(k));
  const live = new Set(Object.entries(manifest.documents).filter(([k]) => !gone.includes(k)).map(([, e]) => e.entry.id));
  const keep = new Set(Object.entries(manifest.documents).filter(([k]) => !gone.includes(k)).flatMap(([, e]) => e.written));
  manifest.withdrawn ??= {};
  for (const key of gone) {
    const e = manifest.documents[key];
    delete manifest.documents[key];
    const withdrawn = !live.has(e.entry.id);
    if (withdrawn) manifest.withdrawn[e.entry.id] = { title: e.entry.title };
    // A withdrawn document's page is replaced below (atomically), never removed first.
    for (const name of e.written) if (!keep.has(name) && !(withdrawn && name === `${e.entry.id}.html`)) await rm(safeOutputPath(out, name), { force: true });
  }
  for (const id of Object.keys(manifest.withdrawn)) if (live.has(id)) delete manifest.withdrawn[id];
  const docs: CollectionDocument[] = Object.entries(manifest.documents).map(([key, e]) => ({
    key, id: e.entry.id, files: e.written, stale: Boolean(e.stale),
    record: e.entry.record ?? { id: e.entry.id, title: e.entry.title, subtitle: '', kind: '', date: e.entry.date ?? '', reportNumber: e.entry.reportNumber ?? '', classification: e.entry.classification ?? '', released: '', resources: [], entities: [], occurrences: [], pages: [] },
  }));
  const withdrawn = Object.entries(manifest.withdrawn).map(([id, w]) => ({ id, title: w.title }));
  const model = collectionModel(docs, options.register, withdrawn, options.baseUrl);
  const pages: Record<string, PageRecord> = {};
  const render = reusing(out, manifest.pages ?? {}, pages, options.render ?? renderHere);
  const files: OutputBytes[] = await renderCollectionOutputs(model, await withSearchPages(out, docs), render);
  manifest.pages = pages;
  if (options.register?.bytes) files.push({ name: 'tei/register.xml', content: options.register.bytes });
  const writes: OutputBytes[] = [];
  for (const f of files) if (await changed(out, f)) writes.push(f);
  // The pages (withdrawn ones included) and the manifest that lists them go together.
  const problem = await options.commit(join(out, 'index.html'), [...writes, { name: MANIFEST_NAME, content: manifestText(manifest) }]);
  const written = problem ? [] : writes.map((f) => f.name);
  const problems: FileResult[] = problem ? [{ file: problem.file, diagnostics: [problem] }] : [];
  const r = options.register;
  if (!r?.file || !options.covers) return { written, problems };
  const diagnostics: Diagnostic[] = unusedRegisterEntries(model, r.facts, docs, r.key).map((e) => unusedEntryWarning(r.file!, e, r.locate));
  return { written, register: { file: r.file, diagnostics }, problems };
}
