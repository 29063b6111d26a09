/**
 * The manifest after a run's documents: each built document's entry (keyed by its real path
 * relative to the current folder, with the register's hash and its TEI source copied), and for
 * each document that failed or was held back, its earlier entry marked stale and a report line
 * saying that its outputs were not updated.
 */
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import type { DocumentOutcome } from '../pipeline/document-job.js';
import type { Manifest } from '../pipeline/manifest.js';
import { safeOutputPath } from '../pipeline/out-path.js';
import { writeAtomic } from '../pipeline/write.js';
import type { CollectionPlan, PlannedDocument } from './plan.js';
import { sourceCopies } from './sources.js';

/**
 * Diagnostics as the manifest keeps them: with the document's key as their file, so that another
 * spelling of the same path finds them.
 * @param diagnostics the run's diagnostics of one document.
 * @param file the key or the path to put in.
 */
export function withFile(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file }));
}

/**
 * Records what the run's documents did, copies the built ones' TEI sources, and marks the rest.
 * @param plan the build's plan.
 * @param outcomes each built or attempted document's outcome, by key.
 * @param manifest updated in place.
 * @param out the output folder.
 * @returns the names written (TEI sources and the files they reference).
 */
export async function recordOutcomes(plan: CollectionPlan, outcomes: ReadonlyMap<string, DocumentOutcome>, manifest: Manifest, out: string): Promise<string[]> {
  const written: string[] = [];
  const registerHash = plan.register?.ref.hash ?? '';
  for (const doc of plan.docs) {
    const o = outcomes.get(doc.key);
    if (!o) continue;
    if (o.entry?.record) {
      const copies = await sourceCopies(doc.file, o.entry.record.resources, plan.root);
      for (const f of copies.files) {
        await writeAtomic(safeOutputPath(out, f.name), f.content);
        written.push(f.name);
      }
      o.result.diagnostics.push(...copies.diagnostics);
      const files = [...o.written, ...copies.files.map((f) => f.name)];
      manifest.documents[doc.key] = {
        hash: doc.hash, register: registerHash, written: files, diagnostics: withFile(o.result.diagnostics, doc.key),
        entry: { ...o.entry, files },
      };
    } else {
      markStale(doc, o.result, manifest);
    }
  }
  return written;
}

/**
 * A document that was not written: its earlier entry (if any) is marked stale, and the report says so.
 * @param doc the document.
 * @param result its result, to which the note is added.
 * @param manifest updated in place.
 */
export function markStale(doc: PlannedDocument, result: FileResult, manifest: Manifest): void {
  const earlier = manifest.documents[doc.key];
  if (!earlier) return;
  earlier.stale = true;
  result.diagnostics.push({
    file: doc.file, line: 1, column: 1, severity: 'warning', ruleId: 'build-stale', source: 'io',
    message: `Unexpected failure of \`${doc.file}\`: outputs not updated, its pages (\`${earlier.entry.id}.html\` and the rest) are from an earlier version, expected a document without errors`,
  });
}
