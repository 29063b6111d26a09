/**
 * The targets of the speed-and-scale work, checked against one bench run's rows: each says what
 * was asked, what was measured and whether it holds. Rows are looked up by their `id`.
 */

const GB = 1024;

/** @param {Map<string, any>} rows bench rows by id. */
export function checkTargets(rows) {
  const wall = (id, side = 'teikit') => rows.get(id)?.[side]?.seconds;
  const peak = (id) => rows.get(id)?.teikit?.peakMB;
  const checks = [];
  const add = (target, measured, met) => checks.push({ target, measured, met: measured === undefined ? undefined : met });

  const vr = rows.get('validate-large');
  add('validate 10 MB no slower than jing + TEI All (ratio ≤ 1.0)', vr?.ratio, vr?.ratio <= 1.0);
  add('HTML of the 10 MB document under 16 s', wall('build-html-large'), wall('build-html-large') < 16);
  const cold = rows.get('build-all-edition');
  add('edition cold, all targets, no slower than one jing run (ratio ≤ 1.0)', cold?.ratio, cold?.ratio <= 1.0);
  const coll = rows.get('collection-threads');
  const speedup = coll?.ratio ? 1 / coll.ratio : undefined;
  add('collection: 2 threads at least 1.7× faster than the same work on one core', speedup, speedup >= 1.7);
  for (const id of ['validate-large', 'build-html-large', 'build-text-large', 'build-json-large', 'build-all-large']) {
    add(`peak memory under 1 GB: ${rows.get(id)?.task ?? id}`, peak(id), peak(id) < GB);
  }
  return checks;
}

/** The checks as Markdown lines. */
export function formatTargets(checks) {
  const fmt = (v) => (v === undefined ? 'not measured' : Number.isInteger(v) ? String(v) : v.toFixed(2));
  const lines = ['', '| target | measured | met |', '|---|---|---|'];
  for (const c of checks) lines.push(`| ${c.target} | ${fmt(c.measured)} | ${c.met === undefined ? '–' : c.met ? 'yes' : 'NO'} |`);
  return `${lines.join('\n')}\n`;
}
