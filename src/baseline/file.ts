/**
 * The baseline file: the findings a corpus is known to have, so that CI fails on new ones only.
 * Findings are recorded per file (paths relative to the baseline's folder, `/`-separated) by rule
 * id and message, with how many there are; the element paths are for the reader only. Files,
 * then rules, then messages are sorted, so that the file diffs cleanly.
 */
import { readFile } from 'node:fs/promises';
import { writeAtomic } from '../io/write.js';

/** One kind of finding in one file. */
export interface BaselineEntry {
  rule: string;
  message: string;
  count: number;
  /** Where they are, from the nearest ancestor with an `xml:id` (display only, not matched). */
  paths?: string[];
}

/** The whole file. */
export interface Baseline {
  version: 1;
  files: Record<string, BaselineEntry[]>;
}

const by = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads a baseline; a missing file is an empty baseline.
 * @param file the path.
 * @throws Error when the file exists but is not a baseline.
 */
export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, files: {} };
    throw new Error(`Could not read the baseline \`${file}\`: ${(err as Error).message}`);
  }
  let data: Baseline;
  try {
    data = JSON.parse(text) as Baseline;
  } catch (err) {
    throw new Error(`Unexpected JSON in the baseline \`${file}\`: ${(err as Error).message}, expected a file written by --update-baseline`);
  }
  const ok = data && data.version === 1 && data.files && typeof data.files === 'object'
    && Object.values(data.files).every((list) => Array.isArray(list) && list.every((e) => typeof e.rule === 'string' && typeof e.message === 'string' && Number.isInteger(e.count) && e.count > 0));
  if (!ok) throw new Error(`Unexpected content in the baseline \`${file}\`, expected \`{ "version": 1, "files": { "<file>": [{ "rule", "message", "count" }] } }\``);
  return data;
}

/**
 * The baseline as text: sorted, one entry per rule and message.
 * @param b the baseline.
 */
export function formatBaseline(b: Baseline): string {
  const files: Record<string, BaselineEntry[]> = {};
  for (const name of Object.keys(b.files).sort(by)) {
    const list = [...b.files[name]].sort((x, y) => by(x.rule, y.rule) || by(x.message, y.message));
    if (list.length) files[name] = list.map((e) => ({ rule: e.rule, message: e.message, count: e.count, ...(e.paths?.length ? { paths: e.paths } : {}) }));
  }
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}

/**
 * Writes a baseline atomically.
 * @param file the path.
 * @param b the baseline.
 */
export async function writeBaseline(file: string, b: Baseline): Promise<void> {
  await writeAtomic(file, formatBaseline(b));
}
