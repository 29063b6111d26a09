#!/usr/bin/env node
/**
 * `npm run bench`: teikit and the tools archivists would otherwise run, side by side in one run
 * on this machine. Whole processes, several runs each, medians quoted (wall and CPU), peak memory
 * from /usr/bin/time, ratios teikit / peer, then the targets of the speed work checked. Prints
 * the tables and writes the same as JSON to tests/bench/results.json (ignored).
 *
 *   BENCH_RUNS=3          runs per command (median)
 *   BENCH_LARGE_MB=10     size of the large document
 *   BENCH_COLLECTION=500  documents in the collection
 *   BENCH_COLLECTION_RUNS=BENCH_RUNS   runs per command on the collection (its rows take minutes)
 *   BENCH_PROFILE=1       one more run of the main teikit rows under --cpu-prof, summarised
 *   BENCH_ONLY=edition,large,collection,engine,hostile   which groups of rows to run
 *   BENCH_HOSTILE_MB=2    n, the smaller size of the hostile inputs (hostile.mjs), also run at 2n
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInputs } from './generate.mjs';
import { HOSTILE_MAX_RATIO, hostileArgs, hostileInputs } from './hostile.mjs';
import { measure } from './measure.mjs';
import { profileRun } from './profile.mjs';
import { checkTargets, formatTargets } from './targets.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = fileURLToPath(new URL('./.data/', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const TEI_ALL = join(ROOT, '../shared/tei/tei_all.rng');
const SAXON_JAR = ['/usr/share/java/Saxon-HE.jar', '/usr/share/java/Saxon-HE-9.9.1.5.jar'].find(existsSync);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LARGE_MB = Number(process.env.BENCH_LARGE_MB ?? 10);
const PROFILE = process.env.BENCH_PROFILE === '1';
const ONLY = new Set((process.env.BENCH_ONLY ?? 'edition,large,collection,engine,hostile').split(','));
const CLI = join(ROOT, 'bin/teikit.js');
const TEIKIT = [process.execPath, CLI];
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const scratch = [];
const out = () => {
  const dir = mkdtempSync(join(tmpdir(), 'teikit-bench-'));
  scratch.push(dir);
  return dir;
};
const buildArgs = (paths, targets, extra = []) => ['build', ...paths, '--out', out(), '--targets', targets, '--no-cache', ...extra];
const COLLECTION_RUNS = Number(process.env.BENCH_COLLECTION_RUNS ?? RUNS);
const ONE_CORE = has('taskset') ? ['taskset', '-c', '0'] : undefined;
const missing = (why) => ({ missing: why });

function main() {
  process.stdout.write('generating inputs…\n');
  const needed = ['edition', 'large', 'collection', 'engine'].some((k) => ONLY.has(k));
  const inputs = !needed ? {} : generateInputs(join(ROOT, 'edition/oss-ra-3039s.xml'), DATA, {
    largeBytes: LARGE_MB * 1024 * 1024,
    collectionSize: Number(process.env.BENCH_COLLECTION ?? 500),
  });
  const jingOk = has('jing') && existsSync(TEI_ALL);
  const sets = [
    { key: 'edition', name: 'edition', paths: [join(ROOT, 'edition/oss-ra-3039s.xml')] },
    { key: 'large', name: `large (${LARGE_MB} MB)`, paths: [inputs.large] },
    { key: 'collection', name: `collection (${inputs.collectionSize})`, paths: [inputs.collectionDir] },
  ].filter((s) => ONLY.has(s.key));
  const rows = [];
  // `teikitArgv`, when given, is the whole command line measured instead of `teikit …teikitArgs`
  // (or a result: the reason it was not run).
  const row = (id, task, teikitArgs, peers, teikitArgv) => {
    process.stdout.write(`  ${task}…\n`);
    const runs = id.includes('collection') ? COLLECTION_RUNS : RUNS;
    const run = (argv) => measure(argv, { runs, cwd: ROOT });
    const teikit = teikitArgv && !Array.isArray(teikitArgv) ? teikitArgv : run(teikitArgv ?? [...TEIKIT, ...teikitArgs]);
    const r = { id, task, runs, teikit, peers: [] };
    for (const [name, argv] of peers) {
      const result = Array.isArray(argv) ? run(argv) : argv;
      const ratio = teikit.seconds && result?.seconds ? teikit.seconds / result.seconds : undefined;
      r.peers.push({ name, result, ratio });
    }
    r.ratio = r.peers[0]?.ratio;
    if (PROFILE && teikitArgs && !teikitArgs.includes('--jobs')) r.profile = profileRun(CLI, teikitArgs, { cwd: ROOT });
    rows.push(r);
  };

  for (const s of sets) {
    const files = s.key === 'collection' ? [join(s.paths[0], '*.xml')] : s.paths;
    const shell = (cmd) => ['sh', '-c', `${cmd} ${files.join(' ')} >/dev/null`];
    const jing = ['jing + TEI All', jingOk ? shell(`jing ${TEI_ALL}`) : missing('jing or ../shared/tei/tei_all.rng not installed')];
    const xmllint = ['xmllint --noout (parse only)', has('xmllint') ? shell('xmllint --noout') : missing('xmllint not installed')];
    row(`validate-${s.key}`, `validate ${s.name}`, ['validate', ...s.paths, '--format', 'json'], [jing, xmllint]);
    for (const [targets, key] of [['html', 'html'], ['text', 'text'], ['json', 'json'], ['html,text,json', 'all']]) {
      row(`build-${key}-${s.key}`, `build ${targets} ${s.name}`, buildArgs(s.paths, targets), [[`${jing[0]} (one validation)`, jing[1]]]);
    }
    if (s.key === 'large') {
      // What many TEI projects run today to publish HTML: the TEI Consortium's stylesheets on Java.
      const html = join(out(), 'x.html');
      const teiHtml = join(out(), 'tei.html');
      row('transform-html-large', `transform --to html ${s.name}`, ['transform', inputs.large, '--to', 'html', '-o', html], [teiStylesheets(inputs.large, teiHtml)]);
      // A peer that ran but wrote no HTML page is no measure of anything.
      const peer = rows[rows.length - 1].peers[0];
      if (peer.result?.seconds !== undefined && !/<html\b/.test(existsSync(teiHtml) ? readFileSync(teiHtml, 'utf8').slice(0, 4096) : '')) {
        peer.result = { error: `no HTML page written to ${teiHtml}` };
        peer.ratio = undefined;
      }
    }
  }
  if (ONLY.has('engine')) {
    // Same stylesheets on Java Saxon-HE (Debian's 9.9: no inline functions, no saxon: extensions).
    for (const target of ['html', 'text', 'json']) {
      const java = SAXON_JAR
        ? ['java', '-cp', SAXON_JAR, 'net.sf.saxon.Transform', `-s:${inputs.large}`, `-xsl:${join(ROOT, `xslt/${target}.xsl`)}`, `-o:${join(out(), `x.${target}`)}`]
        : missing('Saxon-HE (Debian libsaxonhe-java) not installed');
      row(`engine-${target}`, `transform ${target} large (engine)`, ['transform', inputs.large, '--to', target, '-o', join(out(), `x.${target}`)], [['Saxon-HE Java, same stylesheet', java]]);
    }
  }
  if (ONLY.has('collection')) {
    // Both cores against one, on the collection: validation and all three targets. One core is
    // `taskset -c 0`; plain `--jobs 1` is shown too, where V8's own background threads (compiler,
    // garbage collector) still use the second core.
    const coll = [inputs.collectionDir];
    const jobs1 = [...TEIKIT, ...buildArgs(coll, 'html,text,json', ['--jobs', '1'])];
    row('collection-threads', `validate+build all collection (${inputs.collectionSize}), 2 threads vs 1`, buildArgs(coll, 'html,text,json', ['--jobs', '2']), [
      ['teikit --jobs 1 on one core (taskset -c 0)', ONE_CORE ? [...ONE_CORE, ...jobs1] : missing('taskset not installed')],
      ['teikit --jobs 1, second core free for V8 threads', jobs1],
    ]);
  }
  if (ONLY.has('collection')) {
    // One document of the built collection edited, then the collection built again (the document
    // and the collection pages are rebuilt, the others skipped), against a cold build of that
    // document alone into a fresh folder. Each run edits the document anew (a comment after the
    // root element, with the run's time).
    const doc = join(inputs.collectionDir, 'bench-0001.xml');
    const all = buildArgs([inputs.collectionDir], 'html,text,json').filter((a) => a !== '--no-cache');
    process.stdout.write('  (building the collection once for the incremental row)…\n');
    const first = measure([...TEIKIT, ...all], { runs: 1, cwd: ROOT });
    const sh = (script) => ['sh', '-c', script, 'sh', ...TEIKIT];
    const edit = `printf '<!-- edited %s -->\\n' "$(date +%s%N)" >> ${doc}`;
    const fresh = join(out(), 'fresh');
    row('collection-incremental', `build all collection (${inputs.collectionSize}) after one document is edited`, undefined, [
      ['cold build of that document alone', first.error ? first : sh(`rm -rf ${fresh} && exec "$@" build ${doc} --out ${fresh} --targets html,text,json`)],
    ], first.error ? first : sh(`${edit} && exec "$@" ${all.join(' ')}`));
  }
  if (ONLY.has('hostile')) {
    // Worst cases the gate lets through, at n and 2n: the ratio is time(2n) / time(n).
    const mb = Number(process.env.BENCH_HOSTILE_MB ?? 2);
    for (const c of hostileInputs(join(DATA, 'hostile'), mb * 1024 * 1024)) {
      process.stdout.write(`  hostile: ${c.name}…\n`);
      const run = (file) => measure([...TEIKIT, ...hostileArgs(c, file, join(out(), 'x.html'))], { runs: RUNS, cwd: ROOT });
      const [n, twice] = [run(c.small), run(c.large)];
      const ratio = n.seconds && twice.seconds ? twice.seconds / n.seconds : undefined;
      rows.push({ id: `hostile-${c.name}`, task: `${c.command} ${c.name} at 2n = ${2 * mb} MB`, runs: RUNS, teikit: twice, peers: [{ name: `same at n = ${mb} MB`, result: n, ratio }], ratio, hostile: true });
    }
  }
  const hostile = rows.filter((r) => r.hostile);
  const hostileLine = hostile.length ? `\nhostile inputs, time at 2n / time at n ≤ ${HOSTILE_MAX_RATIO}: ${hostile.every((r) => r.ratio !== undefined && r.ratio <= HOSTILE_MAX_RATIO) ? 'met' : 'NOT met'} (${hostile.map((r) => (r.ratio ?? NaN).toFixed(2)).join(', ')})\n` : '';
  const checks = checkTargets(new Map(rows.map((r) => [r.id, r])));
  process.stdout.write(formatRows(rows) + formatTargets(checks) + hostileLine + formatProfiles(rows));
  writeFileSync(RESULTS, `${JSON.stringify({ node: process.version, runs: RUNS, collectionRuns: COLLECTION_RUNS, editionBytes: inputs.editionBytes, rows, targets: checks }, null, 2)}\n`);
  process.stdout.write(`\nwritten ${RESULTS}\n`);
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
}

/**
 * The TEI Consortium's HTML stylesheets (../shared/peers/tei-stylesheets) on Debian's Saxon-HE,
 * as a peer: [name, argv], or [name, { missing }] where either is absent.
 */
function teiStylesheets(input, output) {
  const name = 'TEI Stylesheets html, Saxon-HE (Java)';
  const xsl = join(ROOT, '../shared/peers/tei-stylesheets/profiles/default/html/to.xsl');
  if (!SAXON_JAR || !has('java')) return [name, missing('Saxon-HE (Debian libsaxonhe-java) not installed')];
  if (!existsSync(xsl)) return [name, missing('../shared/peers/tei-stylesheets not present')];
  return [name, ['java', '-cp', SAXON_JAR, 'net.sf.saxon.Transform', `-s:${input}`, `-xsl:${xsl}`, `-o:${output}`]];
}

const fmt = (r) =>
  r?.missing ? `n/a (${r.missing})`
  : r?.error ? `failed (${r.error})`
  : r ? `${r.seconds.toFixed(2)} s${r.cpuSeconds !== undefined ? ` (cpu ${r.cpuSeconds.toFixed(2)})` : ''}${r.peakMB ? `, ${r.peakMB} MB` : ''}` : '';

function formatRows(rows) {
  const lines = ['', '| task | runs | teikit | peer | peer time | ratio |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    const peers = r.peers.length ? r.peers : [{ name: '–' }];
    peers.forEach((p, i) => lines.push(`| ${i ? '' : r.task} | ${i ? '' : r.runs} | ${i ? '' : fmt(r.teikit)} | ${p.name} | ${fmt(p.result)} | ${p.ratio ? p.ratio.toFixed(2) : '–'} |`));
  }
  return `${lines.join('\n')}\n`;
}

function formatProfiles(rows) {
  const profiled = rows.filter((r) => r.profile);
  if (!profiled.length) return '';
  const lines = ['', 'CPU profiles (self time over all threads):'];
  for (const r of profiled) {
    const top = r.profile.top.map((b) => `${b.bucket} ${(b.share * 100).toFixed(0)}%`).join(', ');
    lines.push(`- ${r.task}: ${(r.profile.totalMs / 1000).toFixed(2)} s in ${r.profile.threads} thread(s): ${top}`);
  }
  return `${lines.join('\n')}\n`;
}

main();
