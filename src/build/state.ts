/**
 * The manifest after a run's documents: each built document's entry (keyed by its real path
 * relative to the current folder, with the register's hash), and for each document that failed or
 * was held back, its earlier entry marked stale and a report line saying that its outputs were not
 * updated.
 */
import type { FileResult } from '../diagnostics/diagnostic.js';
import type { DocumentOutcome } from './build-document.js';
import { type Manifest, withFile } from './manifest.js';
import type { PlannedDocument } from './plan.js';

/**
 * Records what the run's documents did (those skipped as unchanged keep their entries).
 * @param docs the documents of the run, as planned.
 * @param outcomes each document's outcome, by key.
 * @param manifest updated in place.
 * @param register the hash of the run's register ('' without one).
 */
export function recordOutcomes(docs: readonly PlannedDocument[], outcomes: ReadonlyMap<string, DocumentOutcome>, manifest: Manifest, register: string): void {
  for (const doc of docs) {
    const o = outcomes.get(doc.key);
    if (!o || o.skipped) continue;
    if (o.entry && o.hash) {
      manifest.documents[doc.key] = { hash: o.hash, register, written: o.written, diagnostics: withFile(o.result.diagnostics, doc.key), entry: o.entry };
    } else {
      markStale(doc, o.result, manifest);
    }
  }
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
