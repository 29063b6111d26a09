/**
 * Renders documents with the HTML target into a folder, as a build lays them out (`<id>.html`,
 * `index.html`, `assets/`), without the validation stage: the browser tests check the pages, not
 * the rules. Uses the library's own stages (load, parse gate, SaxonJS tree, target, collection).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { outputId } from '../../src/io/out-path.js';
import { readHeader } from '../../src/exec/header.js';
import { loadDocument } from '../../src/io/read.js';
import { parse } from '../../src/xml/parse.js';
import { collectionFiles } from '../../src/targets/collection.js';
import { htmlTarget } from '../../src/targets/html.js';
import type { IndexEntry } from '../../src/targets/index.js';
import { saxonDocument } from '../../src/saxon/load.js';
import { standaloneParams } from '../../src/exec/page-params.js';

/** One rendered page. */
export interface RenderedPage {
  id: string;
  file: string;
  html: string;
  diagnostics: Diagnostic[];
  /** Milliseconds spent in the stylesheet. */
  ms: number;
}

/**
 * Renders each document to `<out>/<id>.html` and writes the collection's index and assets.
 * @param files the TEI documents.
 * @param out the output folder.
 */
export async function renderInto(files: readonly string[], out: string): Promise<RenderedPage[]> {
  const pages: RenderedPage[] = [];
  const entries: IndexEntry[] = [];
  for (const file of files) {
    const loaded = await loadDocument(file);
    if ('diagnostic' in loaded) throw new Error(loaded.diagnostic.message);
    const doc = parse(file, loaded.text, []);
    if (!doc.ok) throw new Error(`${file}: ${doc.diagnostics.map((d) => d.message).join('; ')}`);
    const tree = await saxonDocument(doc.text);
    const id = outputId(doc.id, file);
    const started = performance.now();
    // The register found as `teikit transform` finds it (the edition's `register.xml`).
    const r = htmlTarget.files({ doc, tree, id, params: await standaloneParams(file) });
    const ms = performance.now() - started;
    for (const f of r.files) await writeOut(out, f.name, f.content);
    pages.push({ id, file, html: r.files[0].content, diagnostics: r.diagnostics, ms });
    entries.push({ id, ...readHeader(tree, id), files: r.files.map((f) => f.name) });
  }
  for (const f of collectionFiles(entries)) await writeOut(out, f.name, f.content);
  return pages;
}

async function writeOut(out: string, name: string, content: string): Promise<void> {
  const path = join(out, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}
