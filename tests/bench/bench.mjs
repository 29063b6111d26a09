#!/usr/bin/env node
/**
 * `npm run bench`: teikit and the tools archivists would otherwise run, side by side in one run
 * on this machine. Whole processes, several runs each, medians quoted, peak memory from
 * /usr/bin/time. Prints a table and writes the same as JSON to tests/bench/results.json.
 *
 *   BENCH_RUNS=3          runs per command (median)
 *   BENCH_LARGE_MB=10     size of the large document
 *   BENCH_COLLECTION=500  documents in the collection
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInputs } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = fileURLToPath(new URL('./.data/', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const TEI_ALL = join(ROOT, '../shared/tei/tei_all.rng');
const SAXON_JAR = ['/usr/share/java/Saxon-HE.jar', '/usr/share/java/Saxon-HE-9.9.1.5.jar'].find(existsSync);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TEIKIT = [process.execPath, join(ROOT, 'bin/teikit.js')];
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command RUNS times; median wall time in seconds and the largest peak RSS in MB. */
function measure(argv, { runs = RUNS, okCodes = [0, 1] } = {}) {
  const times = [];
  let peak = 0;
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const full = TIME ? [TIME, '-f', 'TEIKIT_BENCH_RSS=%M', ...argv] : argv;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(full[0], full.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const rss = /TEIKIT_BENCH_RSS=(\d+)/.exec(r.stderr ?? '');
    if (rss) peak = Math.max(peak, Number(rss[1]) / 1024);
    status = r.status;
    if (!okCodes.includes(r.status)) {
      return { error: `exit ${r.status}: ${(r.stderr || r.stdout || '').split('\n').filter((l) => !l.startsWith('TEIKIT_BENCH_RSS')).slice(0, 3).join(' ').slice(0, 200)}` };
    }
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)], peakMB: TIME ? Math.round(peak) : undefined, status };
}

const out = () => mkdtempSync(join(tmpdir(), 'teikit-bench-'));
const teikitBuild = (paths, targets, extra = []) => {
  const dir = out();
  return [...TEIKIT, 'build', ...paths, '--out', dir, '--targets', targets, '--no-cache', ...extra];
};
const peer = (available, why, argv) => (available ? argv : { missing: why });

function main() {
  process.stdout.write('generating inputs…\n');
  const inputs = generateInputs(join(ROOT, 'edition/oss-ra-3039s.xml'), DATA, {
    largeBytes: Number(process.env.BENCH_LARGE_MB ?? 10) * 1024 * 1024,
    collectionSize: Number(process.env.BENCH_COLLECTION ?? 500),
  });
  const edition = join(ROOT, 'edition/oss-ra-3039s.xml');
  const sets = [
    { name: 'edition', paths: [edition] },
    { name: 'large', paths: [inputs.large] },
    { name: `collection(${inputs.collectionSize})`, paths: [inputs.collectionDir] },
  ];
  const jingOk = has('jing') && existsSync(TEI_ALL);
  const rows = [];
  const row = (task, teikitArgv, peerName, peerArgv, note) => {
    process.stdout.write(`  ${task}…\n`);
    const t = measure(teikitArgv);
    const p = Array.isArray(peerArgv) ? measure(peerArgv) : peerArgv;
    const ratio = t.seconds && p?.seconds ? t.seconds / p.seconds : undefined;
    rows.push({ task, teikit: t, peer: peerName, peerResult: p, ratio, note });
  };
  for (const s of sets) {
    const files = s.name.startsWith('collection') ? [join(s.paths[0], '*.xml')] : s.paths;
    const shellPeer = (cmd) => ['sh', '-c', `${cmd} ${files.join(' ')} >/dev/null`];
    row(`validate ${s.name}`, [...TEIKIT, 'validate', ...s.paths, '--format', 'json'], 'jing tei_all', peer(jingOk, 'jing or ../shared/tei/tei_all.rng not installed', shellPeer(`jing ${TEI_ALL}`)));
    row(`validate ${s.name} (peer parses only)`, [...TEIKIT, 'validate', ...s.paths, '--format', 'json'], 'xmllint --noout', peer(has('xmllint'), 'xmllint not installed', shellPeer('xmllint --noout')));
    for (const targets of ['html', 'text', 'json', 'html,text,json']) {
      row(`build ${targets} ${s.name}`, teikitBuild(s.paths, targets), 'jing tei_all (one validation)', peer(jingOk, 'jing not installed', shellPeer(`jing ${TEI_ALL}`)));
    }
  }
  // Same stylesheets on Java Saxon-HE (Debian's 9.9: no inline functions, no saxon: extensions).
  for (const target of ['html', 'text', 'json']) {
    const argv = SAXON_JAR
      ? ['java', '-cp', SAXON_JAR, 'net.sf.saxon.Transform', `-s:${inputs.large}`, `-xsl:${join(ROOT, `xslt/${target}.xsl`)}`, `-o:${join(out(), `x.${target}`)}`]
      : { missing: 'Saxon-HE (Debian libsaxonhe-java) not installed' };
    row(`transform ${target} large (engine)`, [...TEIKIT, 'transform', inputs.large, '--to', target, '-o', join(out(), `x.${target}`)], 'Saxon-HE Java, same stylesheet', argv);
  }
  // Both cores against one, on the collection.
  const coll = sets[2].paths;
  row(`validate+build all ${sets[2].name}, 2 threads vs 1`, teikitBuild(coll, 'html,text,json'), 'teikit --jobs 1', teikitBuild(coll, 'html,text,json', ['--jobs', '1']), 'ratio < 1 means the threads help; target ≤ 1/1.7 = 0.59');
  print(rows);
  writeFileSync(RESULTS, `${JSON.stringify({ node: process.version, runs: RUNS, editionBytes: inputs.editionBytes, rows }, null, 2)}\n`);
  process.stdout.write(`\nwritten ${RESULTS}\n`);
  rmSync(join(tmpdir(), 'teikit-bench-none'), { force: true });
}

function print(rows) {
  const fmt = (r) => (r?.missing ? `n/a (${r.missing})` : r?.error ? `failed (${r.error})` : r ? `${r.seconds.toFixed(2)} s${r.peakMB ? `, ${r.peakMB} MB` : ''}` : '');
  process.stdout.write('\n| task | teikit | peer | peer time | ratio |\n|---|---|---|---|---|\n');
  for (const r of rows) {
    process.stdout.write(`| ${r.task} | ${fmt(r.teikit)} | ${r.peer} | ${fmt(r.peerResult)} | ${r.ratio ? r.ratio.toFixed(2) : '–'} |\n`);
  }
}

main();
