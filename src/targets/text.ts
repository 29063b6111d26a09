/**
 * The plain-text target (issue "teikit build and transform", section text): the reading view
 * (`<id>.txt`) and the diplomatic view (`<id>.diplomatic.txt`), rendered by `xslt/text.xsl`.
 * Wrapping is done in the stylesheet (`ed:wrap`), so the SEF alone makes the whole output.
 * `--text-header` and `--notes` (TextOptions) become the stylesheet's boolean parameters
 * `Q{urn:teikit:ed}text-header` and `Q{urn:teikit:ed}notes`, in both views.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { runTarget } from './run.js';
import type { RenderInput, Rendered, Target, TextOptions, TransformOptions } from './types.js';

/** Default wrapping width (issue: "Lines wrapped at 78 columns unless `--width 0`"). */
export const DEFAULT_WIDTH = 78;

function render(input: RenderInput, options: TransformOptions): { output: string; diagnostics: Diagnostic[] } {
  return runTarget('text', input, {
    view: options.view ?? 'reading',
    width: options.width ?? DEFAULT_WIDTH,
    textHeader: options.textHeader ?? false,
    notes: options.notes ?? false,
  });
}

/** The text target. */
export const textTarget: Target = {
  name: 'text',
  files(input: RenderInput, options: TextOptions = {}): Rendered {
    const text = { textHeader: options.textHeader, notes: options.notes };
    const reading = render(input, { ...text, view: 'reading' });
    const diplomatic = render(input, { ...text, view: 'diplomatic' });
    // Both views walk the same elements: report each unhandled element once.
    const seen = new Set(reading.diagnostics.map((d) => `${d.ruleId} ${d.xpath ?? ''}`));
    const extra = diplomatic.diagnostics.filter((d) => !seen.has(`${d.ruleId} ${d.xpath ?? ''}`));
    return {
      files: [
        { name: `${input.id}.txt`, content: reading.output },
        { name: `${input.id}.diplomatic.txt`, content: diplomatic.output },
      ],
      diagnostics: [...reading.diagnostics, ...extra],
    };
  },
  one: render,
};
