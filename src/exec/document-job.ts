/**
 * The work a worker does for one document: decode the bytes the main thread read, then for
 * `validate` the checks, for `build` the checks and every target, for `transform` the gate and one
 * target. The SaxonJS tree is built once, after the gate, and shared by Schematron and the
 * targets, and the collection's record of the document is read from the same tree. A target that
 * fails is a `build-target` diagnostic, not an exception; nothing is written here (the main thread
 * commits a document's outputs together).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type OutputFile, type RenderInput, renderFiles, renderOne, type TargetName } from '../targets/index.js';
import { resolveLimits } from '../xml/limits.js';
import { saxonDocument } from '../saxon/load.js';
import { readHeader } from './header.js';
import { pageParams, standaloneParams } from './page-params.js';
import { splitSearchData } from '../targets/collection-search.js';
import { documentUses } from '../targets/collection-stylesheet.js';
import { settle } from '../validate/settle.js';
import { decodeInput } from '../io/read.js';
import { outputId } from '../io/out-path.js';
import { parse } from '../xml/parse.js';
import type { DocumentTask, RunConfig, TaskReply } from './tasks.js';
import { type Checkers, validateText } from '../validate/document.js';

/**
 * Runs one task.
 * @param task the document and what to do with it.
 * @param config the run's schema, rules and limits.
 * @param checkers the loaded schema and rules (unused by `transform`).
 */
export async function runTask(task: DocumentTask, config: RunConfig, checkers: () => Promise<Checkers>): Promise<TaskReply> {
  const loaded = decodeInput(task.file, task.bytes);
  if ('diagnostic' in loaded) return { result: { file: task.file, diagnostics: [loaded.diagnostic] } };
  if (task.kind === 'transform') return transformText(task, loaded.text, config);
  const v = await validateText(task.file, loaded.text, await checkers(), task.helper);
  const diagnostics: Diagnostic[] = settle(task.file, v.result.diagnostics, config.severities);
  const reply: TaskReply = { result: { file: task.file, diagnostics }, ...(task.uses && v.tree ? { uses: documentUses(v.tree) } : {}) };
  if (task.kind !== 'build' || !v.parsed || !v.tree || diagnostics.some((d) => d.severity === 'error')) return reply;
  const id = outputId(v.parsed.id, task.file);
  const input: RenderInput = { doc: v.parsed, tree: v.tree, id, params: await pageParams(config.collection, task.file, id) };
  const files: OutputFile[] = [];
  for (const t of task.targets ?? []) {
    const r = guarded(task.file, t, () => renderFiles(input, t, task.text));
    diagnostics.push(...r.diagnostics);
    files.push(...(r.files ?? []));
  }
  if (diagnostics.some((d) => d.ruleId === 'build-target')) return reply;
  // The text of the pages goes to the document's search data, not into the manifest's record.
  const header = readHeader(v.tree, input.id);
  const search = splitSearchData(input.id, header.record);
  files.push(search.file);
  return { ...reply, files, entry: { id: input.id, ...header, record: search.record } };
}

/** `transform`: the gate (any TEI element may be the root), then one target. */
async function transformText(task: DocumentTask, text: string, config: RunConfig): Promise<TaskReply> {
  const parsed = parse(task.file, text, [], resolveLimits(config.limits), { root: 'tei-namespace' });
  if (!parsed.ok) return { result: { file: task.file, diagnostics: parsed.diagnostics } };
  const request = task.transform!;
  const input: RenderInput = { doc: parsed, tree: await saxonDocument(parsed.text), id: outputId(parsed.id, task.file), params: await standaloneParams(task.file, config.limits) };
  const r = guarded(task.file, request.to, () => renderOne(input, request.to, request));
  return { output: r.output, result: { file: task.file, diagnostics: [...parsed.diagnostics, ...r.diagnostics] } };
}

/** A target's result, or a `build-target` diagnostic when its stylesheet threw. */
function guarded<T extends { diagnostics: Diagnostic[] }>(file: string, target: TargetName, render: () => T): Partial<T> & { diagnostics: Diagnostic[] } {
  try {
    return render();
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
    const message = `Unexpected failure of the \`${target}\` target (${reason}), expected the document rendered; no output of this document was written`;
    return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'build-target', source: 'io', message }] } as Partial<T> & { diagnostics: Diagnostic[] };
  }
}
