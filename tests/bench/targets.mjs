/**
 * The six targets of the speed work (issue 16), checked against one bench run's rows: each says
 * what was asked, what was measured and whether it holds (`met` is undefined when a row it needs
 * was not run or its peer is missing). Rows are looked up by their `id` (bench.mjs).
 */

/** Ceilings and floors of the targets. */
export const LIMITS = {
  validateVsJing: 2.0,
  validatePeakMB: 600,
  jsonVsHtml: 1.0,
  textVsHtml: 0.25,
  allVsHtml: 1.5,
  allPeakMB: 1024,
  threadsSpeedup: 1.7,
  collectionVsJing: 3.0,
  coldVsJing: 1.2,
  incrementalVsOne: 2.0,
};

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const f2 = (v) => (v === undefined ? '?' : v.toFixed(2));
const s = (v) => (v === undefined ? '? s' : `${v.toFixed(2)} s`);
const mb = (v) => (v === undefined ? '? MB' : `${Math.round(v)} MB`);

/** The wall time of a row's teikit command, or of its peer whose name starts with `peer`. */
function seconds(rows, id, peer) {
  const row = rows.get(id);
  if (!row) return undefined;
  if (peer === undefined) return num(row.teikit?.seconds);
  return num(row.peers?.find((p) => p.name.startsWith(peer))?.result?.seconds);
}

/**
 * Checks the targets.
 * @param {Map<string, any>} rows bench rows by id.
 * @returns {{ n: number, target: string, measured: string, met: boolean | undefined }[]}
 */
export function checkTargets(rows) {
  const L = LIMITS;
  const checks = [];
  // `met` holds only when every figure it needs was measured.
  const add = (n, target, measured, figures, met) =>
    checks.push({ n, target, measured, met: figures.every((v) => v !== undefined) ? Boolean(met()) : undefined });
  const peak = (id) => num(rows.get(id)?.teikit?.peakMB);

  const v = seconds(rows, 'validate-large');
  const jing = seconds(rows, 'validate-large', 'jing');
  const vPeak = peak('validate-large');
  const vRatio = v !== undefined && jing ? v / jing : undefined;
  add(1, `validate 10 MB ≤ ${L.validateVsJing}× jing + TEI All, peak < ${L.validatePeakMB} MB`,
    `${s(v)} / ${s(jing)} = ${f2(vRatio)}×, peak ${mb(vPeak)}`, [vRatio, vPeak], () => vRatio <= L.validateVsJing && vPeak < L.validatePeakMB);

  const t = seconds(rows, 'transform-html-large');
  const tei = seconds(rows, 'transform-html-large', 'TEI Stylesheets');
  const tRatio = t !== undefined && tei ? t / tei : undefined;
  add(2, '`transform --to html` 10 MB ≤ TEI Stylesheets html on Saxon-HE (Java)', `${s(t)} / ${s(tei)} = ${f2(tRatio)}×`, [tRatio], () => tRatio <= 1);

  const [html, text, json, all] = ['html', 'text', 'json', 'all'].map((k) => seconds(rows, `build-${k}-large`));
  const allPeak = peak('build-all-large');
  const r = (a) => (a !== undefined && html ? a / html : undefined);
  add(3, `10 MB: json ≤ ${L.jsonVsHtml}× html, text ≤ ${L.textVsHtml}× html, all three ≤ ${L.allVsHtml}× html, peak < ${L.allPeakMB} MB`,
    `html ${s(html)}; json ${f2(r(json))}×, text ${f2(r(text))}×, all ${f2(r(all))}×, peak ${mb(allPeak)}`,
    [r(json), r(text), r(all), allPeak],
    () => r(json) <= L.jsonVsHtml && r(text) <= L.textVsHtml && r(all) <= L.allVsHtml && allPeak < L.allPeakMB);

  const two = seconds(rows, 'collection-threads');
  const oneCore = seconds(rows, 'collection-threads', 'teikit --jobs 1 on one core');
  const collJing = seconds(rows, 'validate-collection', 'jing');
  const speedup = two && oneCore !== undefined ? oneCore / two : undefined;
  const cRatio = two !== undefined && collJing ? two / collJing : undefined;
  add(4, `collection: --jobs 2 ≥ ${L.threadsSpeedup}× faster than --jobs 1 on one core; --jobs 2 ≤ ${L.collectionVsJing}× one jing run over the same files`,
    `${s(oneCore)} / ${s(two)} = ${f2(speedup)}×; ${s(two)} / jing ${s(collJing)} = ${f2(cRatio)}×`,
    [speedup, cRatio], () => speedup >= L.threadsSpeedup && cRatio <= L.collectionVsJing);

  const cold = seconds(rows, 'build-all-edition');
  const edJing = seconds(rows, 'build-all-edition', 'jing');
  const coldRatio = cold !== undefined && edJing ? cold / edJing : undefined;
  add(5, `cold \`teikit build\` of the edition ≤ ${L.coldVsJing}× one jing run on it`, `${s(cold)} / ${s(edJing)} = ${f2(coldRatio)}×`, [coldRatio], () => coldRatio <= L.coldVsJing);

  const inc = seconds(rows, 'collection-incremental');
  const one = seconds(rows, 'collection-incremental', 'cold build of that document alone');
  const incRatio = inc !== undefined && one ? inc / one : undefined;
  add(6, `one document of the collection edited: incremental build ≤ ${L.incrementalVsOne}× a cold build of that document alone`,
    `${s(inc)} / ${s(one)} = ${f2(incRatio)}×`, [incRatio], () => incRatio <= L.incrementalVsOne);
  return checks;
}

/** The checks as lines: `met` or `NOT met`, with what was measured. */
export function formatTargets(checks) {
  const lines = ['', 'targets:'];
  for (const c of checks) {
    const verdict = c.met === undefined ? 'not measured' : c.met ? 'met' : 'NOT met';
    lines.push(`${c.n}. ${c.target}: ${verdict} (${c.measured})`);
  }
  return `${lines.join('\n')}\n`;
}
