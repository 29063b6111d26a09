/**
 * The HTML target (issue "teikit build and transform", section html; issue "The reading edition,
 * tested in a real browser"): `xslt/html.xsl` renders one document as an accessible reading edition.
 * A build writes `<id>.html`, which links `assets/edition.css` and `assets/view.js` (written once
 * for the collection by `collectionFiles`); `teikit transform --to html` prints a standalone page
 * with the CSS inlined and no script (the view switch works with CSS alone).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { runStylesheet } from '../saxon/run-stylesheet.js';
import { assetText, PACKAGE_ROOT } from './html-assets.js';
import type { RenderInput, Rendered, Target, TransformOptions } from './types.js';



/** Namespace of the HTML stylesheet's own parameters and functions. */
const H_NS = 'urn:teikit:html';

/** The compiled HTML stylesheet. */
export const HTML_SEF = `${PACKAGE_ROOT}lib/sef/html.sef.json`;

/** How a page is made. */
export interface HtmlOptions {
  /** Inline the CSS, no script, no link to the collection: one self-contained file. */
  standalone?: boolean;
  /** The view selected when the page opens; the reader can switch. */
  view?: 'reading' | 'diplomatic';
}

/**
 * Renders one document as an HTML page.
 * @param input the document.
 * @param options standalone or part of a build; initial view.
 */
export function renderHtml(input: RenderInput, options: HtmlOptions = {}): { output: string; diagnostics: Diagnostic[] } {
  const params: Record<string, unknown> = {
    css: options.standalone ? assetText('edition.css') : '',
    collection: !options.standalone,
    [`Q{${H_NS}}view`]: options.view ?? 'reading',
    ...input.params,
  };
  return runStylesheet({ sef: HTML_SEF, tree: input.tree, params, file: input.doc.file, positions: input.doc.positions });
}

/** The HTML target. */
export const htmlTarget: Target = {
  name: 'html',
  files(input: RenderInput): Rendered {
    const r = renderHtml(input);
    return { files: [{ name: `${input.id}.html`, content: r.output }], diagnostics: r.diagnostics };
  },
  one(input: RenderInput, options: TransformOptions) {
    return renderHtml(input, { standalone: true, view: options.view });
  },
};
