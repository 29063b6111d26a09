/**
 * The TEI sources in the output: each built document is copied to `tei/<its path in the edition
 * folder>`, the register to `tei/register.xml`, and the local files a document references (page
 * images in `graphic/@url` and `@facs`) beside it, so that the copies' relative references still
 * work. A referenced file must stay inside the edition folder (after resolving links); one that
 * does not, or is missing, is not copied and is reported.
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Files to write and what could not be copied. */
export interface SourceCopies {
  files: { name: string; content: Uint8Array }[];
  diagnostics: Diagnostic[];
}

const real = (p: string): string | undefined => {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
};

/**
 * The output name of a source inside the edition folder, or undefined outside it.
 * @param root the edition folder (real path).
 * @param file a file's real path.
 */
export function sourceName(root: string, file: string): string | undefined {
  const rel = relative(root, file);
  if (!rel || rel.startsWith('..') || resolve(root, rel) !== file) return undefined;
  return `tei/${rel.split(sep).join('/')}`;
}

/**
 * A document's TEI source (the bytes the run read and checked) and the local files it references.
 * @param file the document's path.
 * @param bytes its bytes, as read by the run.
 * @param resources its references, as written (record.resources).
 * @param root the edition folder.
 */
export async function sourceCopies(file: string, bytes: Uint8Array, resources: readonly string[], root: string): Promise<SourceCopies> {
  const out: SourceCopies = { files: [], diagnostics: [] };
  const rootReal = real(root) ?? resolve(root);
  const docReal = real(file);
  const docName = docReal ? sourceName(rootReal, docReal) : undefined;
  if (!docReal || !docName) return out;
  out.files.push({ name: docName, content: bytes });
  for (const r of resources) {
    let path: string;
    try {
      path = decodeURIComponent(r.split(/[?#]/)[0]);
    } catch {
      path = r;
    }
    const target = real(resolve(dirname(docReal), path));
    const name = target ? sourceName(rootReal, target) : undefined;
    if (!target || !name) {
      out.diagnostics.push({
        file, line: 1, column: 1, severity: 'warning', ruleId: 'build-resource', source: 'io',
        message: target ? `Unexpected reference \`${r}\` to a file outside the edition folder, expected a file inside \`${root}\`; it is not copied` : `Unexpected reference \`${r}\` to a missing file, expected a file beside the document; it is not copied`,
      });
      continue;
    }
    out.files.push({ name, content: await readFile(target) });
  }
  return out;
}
