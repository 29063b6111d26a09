/**
 * Runs a target's compiled stylesheet (`lib/sef/<name>.sef.json`) on a document, with the shared
 * parameters of `xslt/common/params.xsl` (namespace `urn:teikit:ed`).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { runStylesheet } from '../saxon/run-stylesheet.js';
import { saxonJs } from '../saxon/load.js';
import type { RenderInput } from './types.js';

/** Namespace of the stylesheets' shared parameters and functions. */
export const ED_NS = 'urn:teikit:ed';

/** The shared stylesheet parameters. */
export interface SharedParams {
  view?: 'reading' | 'diplomatic';
  width?: number;
  /** Plain text: the header block (`Q{urn:teikit:ed}text-header`). */
  textHeader?: boolean;
  /** Plain text: the notes at the end (`Q{urn:teikit:ed}notes`). */
  notes?: boolean;
}

/**
 * Runs one target stylesheet.
 * @param sef the stylesheet's name in `lib/sef/`.
 * @param input the document.
 * @param params view and width (omitted ones keep the stylesheet's defaults).
 * @param collection the collection's parameters (src/exec/page-params.ts), if any.
 */
export function runTarget(sef: string, input: RenderInput, params: SharedParams = {}, collection: Record<string, unknown> = {}): { output: string; diagnostics: Diagnostic[] } {
  const stylesheetParams: Record<string, unknown> = { ...collection };
  if (params.view) stylesheetParams[`Q{${ED_NS}}view`] = params.view;
  if (params.width !== undefined) stylesheetParams[`Q{${ED_NS}}width`] = xdmInteger(params.width);
  if (params.textHeader !== undefined) stylesheetParams[`Q{${ED_NS}}text-header`] = params.textHeader === true;
  if (params.notes !== undefined) stylesheetParams[`Q{${ED_NS}}notes`] = params.notes === true;
  return runStylesheet({
    sef,
    tree: input.tree,
    params: stylesheetParams,
    file: input.doc.file,
    positions: input.doc.positions,
    treeParam: `Q{${ED_NS}}source`,
  });
}

/**
 * A JavaScript number as an XDM `xs:integer` (SaxonJS would pass a plain number as `xs:double`,
 * which an `as="xs:integer"` parameter refuses).
 * @param n a whole number.
 */
export function xdmInteger(n: number): unknown {
  if (!Number.isSafeInteger(n)) throw new Error(`Unexpected number \`${n}\`, expected a whole number`);
  return (saxonJs().XPath.evaluate('xs:integer($n)', null, { params: { n }, resultForm: 'xdm' }) as unknown[])[0];
}
