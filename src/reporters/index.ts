/**
 * Reporters by name (issue 3, Diagnostics): adding a format is adding a file and a line here.
 */
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';

const REPORTERS: Record<string, Reporter> = { stylish, json, github, junit, sarif };

/** Names of the formats `--format` accepts. */
export const REPORTER_NAMES = Object.keys(REPORTERS);

/**
 * The reporter for a format name.
 * @param name `stylish`, `json`, `github`, `junit` or `sarif`.
 */
export function getReporter(name: string): Reporter {
  const r = Object.hasOwn(REPORTERS, name) ? REPORTERS[name] : undefined;
  if (!r) throw new Error(`Unexpected format \`${name}\`, expected one of ${REPORTER_NAMES.map((n) => `\`${n}\``).join(', ')}`);
  return r;
}
