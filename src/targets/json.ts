/**
 * The JSON target (issue "teikit build and transform", section json): the document model of
 * `schemas/edition.schema.json`, written by `xslt/json.xsl` as compact JSON text in the model's
 * key order. The stylesheet's JSON is parsed (so that malformed text could not pass unseen) and
 * printed again with two-space indentation; key order survives (no key is an array index).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { runTarget } from './run.js';
import type { RenderInput, Rendered, Target } from './types.js';

function render(input: RenderInput): { output: string; diagnostics: Diagnostic[] } {
  const r = runTarget('json', input, {}, input.params);
  return { output: `${JSON.stringify(JSON.parse(r.output), null, 2)}\n`, diagnostics: r.diagnostics };
}

/** The JSON target. */
export const jsonTarget: Target = {
  name: 'json',
  files(input: RenderInput): Rendered {
    const r = render(input);
    return { files: [{ name: `${input.id}.json`, content: r.output }], diagnostics: r.diagnostics };
  },
  one: (input) => render(input),
};
