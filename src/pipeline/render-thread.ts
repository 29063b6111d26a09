/**
 * The render helper thread (render-helper.ts): reads a small document, passes it through the
 * well-formedness gate, builds its SaxonJS tree and renders the targets it is asked for, while the
 * main thread validates the same document. It writes nothing: the main thread decides, from the
 * validation, whether the outputs are written. The reply carries a hash of the text rendered, so
 * that a file changed between the two reads is never written from the wrong text.
 */
import { parentPort } from 'node:worker_threads';
import { type Rendered, renderFiles, type TargetName } from '../targets/index.js';
import { writeCodeCaches } from '../xml/code-cache.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { saxonDocument } from '../xml/saxon.js';
import { loadDocument } from './load.js';
import { outputId } from './out-path.js';
import { parse } from './parse.js';
import { textHash } from './render-helper.js';
import { type CollectionContext, pageParams } from '../collection/page-params.js';

/** A request to the helper. */
export interface RenderRequest {
  id: number;
  file: string;
  targets: TargetName[];
  limits?: Partial<XmlLimits>;
  /** Documents at least this long (characters) are declined: the main thread renders them. */
  maxChars: number;
  /** The collection the pages belong to. */
  collection?: CollectionContext;
}

/** The helper's answer: one `Rendered` per target asked, or none when it declined or failed. */
export interface RenderReply {
  id: number;
  /** SHA-256 of the text rendered. */
  hash?: string;
  rendered?: Rendered[];
}

async function render(request: RenderRequest): Promise<RenderReply> {
  const limits = resolveLimits(request.limits);
  const loaded = await loadDocument(request.file, limits);
  if ('diagnostic' in loaded || loaded.text.length >= request.maxChars) return { id: request.id };
  const parsed = parse(request.file, loaded.text, [], limits);
  if (!parsed.ok) return { id: request.id };
  const tree = await saxonDocument(parsed.text);
  const id = outputId(parsed.id, request.file);
  const input = { doc: parsed, tree, id, params: await pageParams(request.collection, request.file, id) };
  const rendered = request.targets.map((t) => renderFiles(input, t));
  writeCodeCaches();
  return { id: request.id, hash: textHash(parsed.text), rendered };
}

parentPort?.on('message', (request: RenderRequest) => {
  render(request).then(
    (reply) => parentPort!.postMessage(reply),
    // A stylesheet that fails here fails in the main thread too, which reports it.
    () => parentPort!.postMessage({ id: request.id } satisfies RenderReply),
  );
});
