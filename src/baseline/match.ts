/**
 * Applies a baseline to the results of a run: a finding recorded there (same file, rule id and
 * message) is marked `baselined` and no longer fails; when a file has more such findings than
 * recorded, the later ones (in document order) are new; when it has fewer, the difference is
 * listed as fixed, so that the baseline can shrink. Line numbers and element positions are not
 * compared, so edits that move lines or renumber elements keep the match.
 */
import { dirname, resolve } from 'node:path';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { relativeTo } from '../config/glob.js';
import type { Baseline, BaselineEntry } from './file.js';

/** Recorded findings that did not occur. */
export interface Fixed {
  file: string;
  rule: string;
  message: string;
  /** How many were recorded, and how many were found. */
  recorded: number;
  found: number;
}

/** What applying a baseline gives. */
export interface BaselineOutcome {
  results: FileResult[];
  fixed: Fixed[];
  /** How many findings the baseline covered. */
  baselined: number;
}

/** Whether a finding can be recorded: anything but "this file could not be read". */
export function recordable(d: Diagnostic): boolean {
  return d.source !== 'io';
}

/**
 * The key of a file in a baseline: its path relative to the baseline's folder.
 * @param file the path as the user named it.
 * @param baselineFile the baseline's path.
 */
export function baselineKey(file: string, baselineFile: string): string {
  return relativeTo(file, dirname(resolve(baselineFile))) ?? resolve(file).replace(/\\/g, '/');
}

const key = (rule: string, message: string): string => `${rule}\u0000${message}`;

/**
 * Marks the findings the baseline records.
 * @param results the run's results.
 * @param baseline the baseline.
 * @param baselineFile where it was read from (file keys are relative to its folder).
 */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, baselineFile: string): BaselineOutcome {
  const fixed: Fixed[] = [];
  let baselined = 0;
  const out = results.map((r) => {
    const name = baselineKey(r.file, baselineFile);
    const recorded = new Map<string, BaselineEntry>((baseline.files[name] ?? []).map((e) => [key(e.rule, e.message), e]));
    const used = new Map<string, number>();
    const diagnostics = r.diagnostics.map((d) => {
      const k = key(d.ruleId, d.message);
      const entry = recordable(d) ? recorded.get(k) : undefined;
      const n = used.get(k) ?? 0;
      if (!entry || n >= entry.count) return d;
      used.set(k, n + 1);
      baselined++;
      return { ...d, baselined: true as const };
    });
    for (const [k, e] of recorded) {
      const found = used.get(k) ?? 0;
      if (found < e.count) fixed.push({ file: name, rule: e.rule, message: e.message, recorded: e.count, found });
    }
    return { ...r, diagnostics };
  });
  return { results: out, fixed, baselined };
}
