/**
 * What a build tells each document's HTML page about its collection (xslt/common/collection-params.xsl):
 * the register's tree and how the document names it, the collection's base URL and title, and the
 * names of the document's other outputs for its downloads. Made in whichever thread renders the
 * page, from a context that crosses to worker threads as plain data.
 */
import { realpathSync } from 'node:fs';
import type { TargetName } from '../targets/types.js';
import { ED_NS } from '../targets/run.js';
import { loadDocument } from '../io/read.js';
import { contentHash } from '../io/hash.js';
import { findRegister } from '../io/find-register.js';
import { manifestKey } from '../io/keys.js';
import { sourceName } from '../io/sources.js';
import { resolveLimits, type XmlLimits } from '../xml/limits.js';
import { type RegisterRef, registerHref, registerTree } from '../validate/register.js';

/** The collection, as the document pages need it (structured-clone safe). */
export interface CollectionContext {
  register?: RegisterRef;
  /** The base URL of persistent addresses (the register's, or a configuration's). */
  baseUrl: string;
  title: string;
  /** The edition folder: TEI sources are copied to `tei/<path in it>`. */
  root: string;
  targets: TargetName[];
}

/**
 * The output names of a document's downloads: text, diplomatic text, JSON, TEI source.
 * @param ctx the collection.
 * @param file the document's path.
 * @param id the id that names its outputs.
 */
export function downloadNames(ctx: CollectionContext, file: string, id: string): string[] {
  const names: string[] = [];
  if (ctx.targets.includes('text')) names.push(`${id}.txt`, `${id}.diplomatic.txt`);
  if (ctx.targets.includes('json')) names.push(`${id}.json`);
  let real: string | undefined;
  try {
    real = realpathSync.native(file);
  } catch {
    real = undefined;
  }
  const tei = real ? sourceName(ctx.root, real) : undefined;
  if (tei) names.push(tei);
  return names;
}

/**
 * The page's stylesheet parameters.
 * @param ctx the collection, or undefined (no parameters).
 * @param file the document's path.
 * @param id the id that names its outputs.
 */
export async function pageParams(ctx: CollectionContext | undefined, file: string, id: string): Promise<Record<string, unknown>> {
  if (!ctx) return {};
  const tree = ctx.register ? await registerTree(ctx.register) : undefined;
  return {
    ...(tree && ctx.register ? { [`Q{${ED_NS}}register`]: tree, [`Q{${ED_NS}}register-href`]: registerHref(ctx.register, file) } : {}),
    [`Q{${ED_NS}}base-url`]: ctx.baseUrl,
    [`Q{${ED_NS}}collection-title`]: ctx.title,
    [`Q{${ED_NS}}collection-pages`]: true,
    [`Q{${ED_NS}}downloads`]: downloadNames(ctx, file, id).map((n) => n.split('/').map(encodeURIComponent).join('/')).join(' '),
  };
}

/**
 * The register's parameters for a document rendered on its own (`teikit transform`): the register
 * found as validate and build find it (beside the document or in a folder above, up to the current
 * folder), read through the gate, so that names pointing into it are listed and linked on the page
 * and in the JSON. None without a register, or with one that is not well-formed.
 * @param file the document's path.
 * @param limits bounds on untrusted input.
 */
export async function standaloneParams(file: string, limits: Partial<XmlLimits> = {}): Promise<Record<string, unknown>> {
  const found = findRegister([file]);
  if (!found) return {};
  const loaded = await loadDocument(found, resolveLimits(limits));
  if ('diagnostic' in loaded) return {};
  const ref: RegisterRef = { file: found, key: manifestKey(found), hash: contentHash(loaded.bytes), text: loaded.text };
  const tree = await registerTree(ref, limits);
  return tree ? { [`Q{${ED_NS}}register`]: tree, [`Q{${ED_NS}}register-href`]: registerHref(ref, file) } : {};
}
