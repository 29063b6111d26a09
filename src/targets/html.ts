/**
 * Placeholder until the HTML target lands: a Target named `html` that reports it is missing.
 * (Written by the text/JSON work only so that the dispatcher compiles; to be replaced.)
 */
import type { Target } from './types.js';

/** The HTML target (not implemented here). */
export const htmlTarget: Target = {
  name: 'html',
  files() {
    throw new Error('the html target is not implemented yet');
  },
  one() {
    throw new Error('the html target is not implemented yet');
  },
};
