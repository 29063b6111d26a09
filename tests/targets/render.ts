/**
 * Renders documents through the compiled library (`lib/`, the SEF files the CLI ships): load,
 * the well-formedness gate, SaxonJS's tree, then a target. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../lib/io/read.js';
import { parse } from '../../lib/xml/parse.js';
import { renderFiles, renderOne, type RenderInput } from '../../lib/targets/index.js';
import { resolveLimits } from '../../lib/xml/limits.js';
import { saxonDocument } from '../../lib/saxon/load.js';
import { standaloneParams } from '../../lib/exec/page-params.js';
import { ROOT } from '../helpers/cli.js';

export { renderFiles, renderOne };

/**
 * A document ready for a target.
 * @param file its path.
 */
export async function renderInput(file: string): Promise<RenderInput> {
  const loaded = await loadDocument(file);
  if ('diagnostic' in loaded) throw new Error(loaded.diagnostic.message);
  // Any TEI root (a teiCorpus, a page file's `surface`), as `teikit transform` accepts.
  const doc = parse(file, loaded.text, [], resolveLimits(), { root: 'any' });
  if (!doc.ok) throw new Error(doc.diagnostics.map((d) => d.message).join('\n'));
  const id = doc.id ?? file.replace(/^.*\//, '').replace(/\.xml$/, '');
  // The register found as `teikit transform` finds it (the edition's `register.xml`).
  return { doc, tree: await saxonDocument(doc.text), id, params: await standaloneParams(file) };
}

/** One valid fixture: its folder (which holds the golden files) and its document. */
export interface FixtureCase {
  name: string;
  dir: string;
  xml: string;
}

/** Folder of the valid fixtures. */
export const VALID = join(ROOT, 'tests/fixtures/valid');

/**
 * The valid fixtures, discovered: each folder of tests/fixtures/valid holds one `<id>.xml`, or a
 * file `SOURCE` naming a document of the repository (the edition itself; the documents of other
 * kinds in tests/fixtures/any, which the edition's schema does not describe), and its golden files.
 */
export function validCases(): FixtureCase[] {
  return readdirSync(VALID, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const dir = join(VALID, e.name);
      const source = join(dir, 'SOURCE');
      const xml = existsSync(source)
        ? join(ROOT, readFileSync(source, 'utf8').trim())
        : join(dir, readdirSync(dir).find((f) => f.endsWith('.xml')) ?? 'missing.xml');
      return { name: e.name, dir, xml };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * The words of a text: whitespace-separated tokens.
 * @param text any text.
 */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
