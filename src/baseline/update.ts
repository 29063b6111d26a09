/**
 * `--update-baseline`: the baseline of a run's findings. Files the run did not check (another
 * shard, an unchanged file under `--changed`, a path not given) keep their entries, so a partial
 * run never loses what the others recorded.
 */
import type { FileResult } from '../diagnostics/diagnostic.js';
import { elementPaths } from './element-path.js';
import type { Baseline, BaselineEntry } from './file.js';
import { baselineKey, recordable } from './match.js';

/**
 * The new baseline.
 * @param results the run's results, one per file checked.
 * @param previous the baseline before.
 * @param baselineFile where it is written (file keys are relative to its folder).
 */
export async function updatedBaseline(results: readonly FileResult[], previous: Baseline, baselineFile: string): Promise<Baseline> {
  const files = { ...previous.files };
  for (const r of results) {
    const name = baselineKey(r.file, baselineFile);
    delete files[name];
    const list = r.diagnostics.filter(recordable);
    if (!list.length) continue;
    const paths = await elementPaths(r.file, list);
    const entries = new Map<string, BaselineEntry>();
    list.forEach((d, i) => {
      const k = `${d.ruleId}\u0000${d.message}`;
      const e = entries.get(k) ?? { rule: d.ruleId, message: d.message, count: 0, paths: [] };
      e.count++;
      if (paths[i]) e.paths!.push(paths[i]!);
      entries.set(k, e);
    });
    files[name] = [...entries.values()];
  }
  return { version: 1, files };
}
