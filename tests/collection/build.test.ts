/**
 * `teikit build` on the fixture collection (a register, two reports, a memorandum, a cable):
 * collection pages from the documents' trees, build state that follows the collection (the same
 * folder named two ways; documents added, deleted, moved and renamed; duplicate and case-colliding
 * ids; failed documents), the register checked across files, incremental builds.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, teikit } from '../helpers/cli.js';
import { files, manifest, read, snapshot, stamps, workspace } from './fixture.js';

const IDS = ['cable-1945-05-02', 'memo-1945-04-20', 'oss-ra-1001', 'oss-ra-1002'];
const build = (dir: string, ...args: string[]) => teikit(['build', ...args, '--format', 'json'], { cwd: dir });
const rules = (stdout: string) => (JSON.parse(stdout) as { ruleId: string; file: string; message: string; severity: string }[]);

describe('the collection build', () => {
  it('writes every document, its TEI source and page image, and the collection pages', () => {
    const w = workspace();
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = files(w.out);
    for (const id of IDS) for (const ext of ['html', 'txt', 'diplomatic.txt', 'json']) expect(out).toContain(`${id}.${ext}`);
    for (const f of ['index.html', 'names.html', 'search.html', 'search-index.js', 'collection.json', 'assets/minisearch.js', 'assets/search.js',
      'tei/register.xml', 'tei/oss-ra-1001.xml', 'tei/cables/cable-1945-05-02.xml', 'tei/images/oss-ra-1001-p1.png']) expect(out).toContain(f);
    expect(readFileSync(join(w.out, 'tei/images/oss-ra-1001-p1.png'))).toEqual(readFileSync(join(w.edition, 'images/oss-ra-1001-p1.png')));
    // The register is never built as a document.
    expect(out.filter((f) => f.startsWith('register'))).toEqual([]);
  });

  it('lists the documents by date with the facts of their real headers (comments, CDATA, character references)', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const index = read(w.out, 'index.html');
    const order = IDS.map((id) => [id, index.indexOf(`href="${id}.html"`)] as const).sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(order).toEqual(['memo-1945-04-20', 'oss-ra-1001', 'cable-1945-05-02', 'oss-ra-1002']);
    expect(index).toContain('Japan\u2014The Last Months');
    expect(index).not.toContain('Draft title');
    expect(index).not.toContain('&amp;#x2014;');
    expect(index).toMatch(/oss-ra-1002\.html">Japan—The Last Months[\s\S]*?<td>Confidential<\/td>/);
    expect(index).not.toContain('Unclassified');
    expect(index).toContain('Test collection of intelligence documents');
  });

  it('indexes names across the collection with links to the exact place, and cites the persistent URL', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const names = read(w.out, 'names.html');
    const start = names.indexOf('id="per_stalin"');
    const stalin = names.slice(start, names.indexOf('<li class="entry"', start));
    expect(stalin).toContain('https://www.wikidata.org/wiki/Q855');
    expect(stalin).toContain('href="oss-ra-1001.html#occ-1"');
    expect(stalin).toContain('href="cable-1945-05-02.html#occ-1"');
    // The occurrence links land on the name in the document's page.
    expect(read(w.out, 'oss-ra-1001.html')).toMatch(/id="occ-1" href="#per_stalin">Stalin</);
    expect(read(w.out, 'cable-1945-05-02.html')).toMatch(/id="occ-1" href="#per_stalin">STALIN</);
    // A name into the register lands on the register's entry in the page's own index of names, with
    // its authority link, a back-link to the name and a link on to the collection's index.
    for (const [id, name] of [['oss-ra-1001', 'Stalin'], ['cable-1945-05-02', 'STALIN']]) {
      const doc = read(w.out, `${id}.html`);
      const at = doc.indexOf('<li id="per_stalin" class="entry">');
      expect(at, id).toBeGreaterThan(0);
      const entry = doc.slice(at, doc.indexOf('</li>', at));
      expect(entry).toContain('href="https://www.wikidata.org/wiki/Q855"');
      expect(entry).toContain('href="#occ-1"');
      expect(entry).toContain('href="names.html#per_stalin"');
      expect(doc).toContain(`>${name}</a>`);
    }
    // Beside the document's own entries (the cable's Vladivostok), and only the register's entries it uses.
    const cable = read(w.out, 'cable-1945-05-02.html');
    expect(cable).toContain('<li id="pl_vladivostok" class="entry">');
    expect(cable).not.toContain('id="per_molotov"');
    // A document's own entries are in the index too.
    expect(names).toContain('id="oss-ra-1002.pl_okinawa"');
    const page = read(w.out, 'oss-ra-1001.html');
    expect(page).toContain('<link rel="canonical" href="https://collection.example/edition/oss-ra-1001.html">');
    expect(page).toMatch(/class="citation">[\s\S]*https:\/\/collection\.example\/edition\/oss-ra-1001\.html/);
    for (const d of ['oss-ra-1001.txt', 'oss-ra-1001.json', 'tei/oss-ra-1001.xml']) expect(page).toContain(`href="${d}"`);
    expect(page).toContain('href="search.html"');
  });

  it('writes collection.json valid against schemas/collection.schema.json', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/collection.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const json = JSON.parse(read(w.out, 'collection.json'));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.documents.map((d: { id: string }) => d.id)).toEqual(['memo-1945-04-20', 'oss-ra-1001', 'cable-1945-05-02', 'oss-ra-1002']);
    // The kind of each document (docs/encoding.md §6: the body's div/@type), in the index too.
    expect(json.documents.map((d: { kind: string }) => d.kind)).toEqual(['memorandum', 'report', 'cable', 'report']);
    expect(read(w.out, 'index.html')).toMatch(/memo-1945-04-20\.html">[^<]*<\/a><\/th><td>Memorandum<\/td>/);
    expect(read(w.out, 'index.html')).toMatch(/cable-1945-05-02\.html">[^<]*<\/a><\/th><td>Cable<\/td>/);
    const japan = json.entities.find((e: { id: string }) => e.id === 'pl_japan');
    expect(japan.occurrences.map((o: { doc: string }) => o.doc).sort()).toEqual(['cable-1945-05-02', 'memo-1945-04-20', 'oss-ra-1001', 'oss-ra-1002']);
  });

  it('writes each document\'s JSON with its persistent URL and the register entries it uses', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist', '--targets', 'json').status).toBe(0);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/edition.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const id of IDS) {
      const doc = JSON.parse(read(w.out, `${id}.json`));
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      expect(doc.schemaVersion).toBe('1.2.0');
      expect(doc.url).toBe(`https://collection.example/edition/${id}.html`);
    }
    const cable = JSON.parse(read(w.out, 'cable-1945-05-02.json'));
    const byId = new Map(cable.entities.map((e: { id: string }) => [e.id, e]));
    // Its own entry, then the register's it points to (reg: and ../register.xml#), with their occurrences.
    expect(byId.get('pl_vladivostok')).toMatchObject({ register: false, occurrences: [{ surface: 'VLADIVOSTOK' }] });
    expect(byId.get('per_stalin')).toMatchObject({ register: true, name: 'Joseph Stalin', authorities: ['https://www.wikidata.org/wiki/Q855'], occurrences: [{ surface: 'STALIN' }] });
    expect(byId.get('pl_japan')).toMatchObject({ register: true, occurrences: [{ surface: 'JAPAN' }] });
    expect(byId.has('per_molotov')).toBe(false);
  });

  it('copies only local files inside the edition folder that a document references', () => {
    const w = workspace();
    writeFileSync(join(w.dir, 'secret.png'), 'not part of the edition');
    const report = join(w.edition, 'oss-ra-1001.xml');
    writeFileSync(report, readFileSync(report, 'utf8').replace('<graphic url="images/oss-ra-1001-p1.png" mimeType="image/png"/>', '<graphic url="images/oss-ra-1001-p1.png" mimeType="image/png"/><graphic url="../secret.png"/><graphic url="images/missing.png"/>'));
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.status).toBe(0);
    const found = rules(r.stdout).filter((d) => d.ruleId === 'build-resource').map((d) => d.message);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('outside the edition folder');
    expect(found[1]).toContain('missing');
    expect(files(w.out)).toContain('tei/images/oss-ra-1001-p1.png');
    expect(files(w.out).filter((f) => f.includes('secret'))).toEqual([]);
  });

  it('takes the base URL from the options over the register', async () => {
    const w = workspace();
    const { build: run } = await import('../../lib/build/build.js');
    const cwd = process.cwd();
    process.chdir(w.dir);
    try {
      await run(['edition'], { out: 'dist', targets: ['html'], baseUrl: 'https://preview.example/pr-7/', jobs: 1 });
    } finally {
      process.chdir(cwd);
    }
    expect(read(w.out, 'oss-ra-1001.html')).toContain('href="https://preview.example/pr-7/oss-ra-1001.html"');
  });
});

describe('the register across files', () => {
  it('checks pointers into the register: a missing entry and the wrong kind are errors, nothing is written', () => {
    const w = workspace();
    const memo = join(w.edition, 'memo-1945-04-20.xml');
    writeFileSync(memo, readFileSync(memo, 'utf8').replace('register.xml#per_molotov', 'register.xml#per_nobody').replace('register.xml#pl_moscow', 'register.xml#per_stalin'));
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.status).toBe(1);
    const found = rules(r.stdout).filter((d) => d.file.endsWith('memo-1945-04-20.xml'));
    expect(found.map((d) => d.ruleId).sort()).toEqual(['ref-kind', 'ref-resolves']);
    expect(found.find((d) => d.ruleId === 'ref-resolves')!.message).toContain('register.xml#per_nobody');
    expect(files(w.out)).not.toContain('memo-1945-04-20.html');
  });

  it('resolves a prefix declared with prefixDef and a relative path from a subfolder', () => {
    const w = workspace();
    const cable = join(w.edition, 'cables/cable-1945-05-02.xml');
    writeFileSync(cable, readFileSync(cable, 'utf8').replace('reg:per_stalin', 'reg:per_nobody').replace('../register.xml#pl_japan', 'register.xml#pl_japan'));
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.status).toBe(1);
    const found = rules(r.stdout).filter((d) => d.ruleId === 'ref-resolves');
    expect(found.map((d) => d.message).join('\n')).toContain('`reg:per_nobody`');
    // `register.xml#…` from cables/ names another file, not the register: it is not checked against it.
    expect(found.map((d) => d.message).join('\n')).not.toContain('pl_japan');
  });

  it('warns about a register entry no document uses, only when the run covers the collection', () => {
    const w = workspace();
    const reg = join(w.edition, 'register.xml');
    writeFileSync(reg, readFileSync(reg, 'utf8').replace('</listPlace>', '  <place xml:id="pl_yalta"><placeName>Yalta</placeName><idno type="wikidata">Q128499</idno></place>\n    </listPlace>'));
    const full = rules(build(w.dir, 'edition', '--out', 'dist').stdout).filter((d) => d.ruleId === 'entity-unused');
    expect(full).toHaveLength(1);
    expect(full[0]).toMatchObject({ file: 'edition/register.xml', severity: 'warning' });
    expect(full[0].message).toContain('pl_yalta');
    const shard = rules(build(w.dir, 'edition', '--out', 'other', '--shard', '1/2').stdout).filter((d) => d.ruleId === 'entity-unused');
    expect(shard).toEqual([]);
    // validate reports it under the same condition.
    const validate = (...args: string[]) => rules(teikit(['validate', ...args, '--format', 'json'], { cwd: w.dir }).stdout).filter((d) => d.ruleId === 'entity-unused');
    const checked = validate('edition');
    expect(checked.map((d) => [d.file, d.severity, d.message.includes('pl_yalta')])).toEqual([['edition/register.xml', 'warning', true]]);
    expect(checked[0]).toMatchObject(full[0]);
    expect(validate('edition', '--shard', '1/2')).toEqual([]);
    expect(validate('edition/oss-ra-1001.xml')).toEqual([]);
  });

  it('counts a pointer from a document\'s header as a use of a register entry', () => {
    const w = workspace();
    const reg = join(w.edition, 'register.xml');
    writeFileSync(reg, readFileSync(reg, 'utf8').replace('</listOrg>', '  <org xml:id="org_oss_ra"><orgName>Research and Analysis Branch</orgName><note type="authority">None yet.</note></org>\n    </listOrg>'));
    const memo = join(w.edition, 'memo-1945-04-20.xml');
    expect(readFileSync(memo, 'utf8')).toContain('</titleStmt>');
    writeFileSync(memo, readFileSync(memo, 'utf8').replace('</titleStmt>', '<respStmt><resp>issued by</resp><orgName ref="register.xml#org_oss_ra">R&amp;A</orgName></respStmt></titleStmt>'));
    const unused = (r: { stdout: string }) => rules(r.stdout).filter((d) => d.ruleId === 'entity-unused').map((d) => d.message);
    expect(unused(build(w.dir, 'edition', '--out', 'dist'))).toEqual([]);
    expect(unused(teikit(['validate', 'edition', '--format', 'json'], { cwd: w.dir }))).toEqual([]);
  });

  it('takes a register kept under another name with --register or the configuration key', () => {
    const w = workspace();
    mkdirSync(join(w.dir, 'meta'));
    renameSync(join(w.edition, 'register.xml'), join(w.edition, 'names-register.xml'));
    for (const f of ['memo-1945-04-20.xml', 'oss-ra-1001.xml', 'oss-ra-1002.xml', 'cables/cable-1945-05-02.xml']) {
      const p = join(w.edition, f);
      writeFileSync(p, readFileSync(p, 'utf8').replaceAll('register.xml#', 'names-register.xml#'));
    }
    const memo = join(w.edition, 'memo-1945-04-20.xml');
    writeFileSync(memo, readFileSync(memo, 'utf8').replace('names-register.xml#per_molotov', 'names-register.xml#per_nobody'));
    for (const args of [['--register', 'edition/names-register.xml'], ['--config', 'teikit.config.json']]) {
      writeFileSync(join(w.dir, 'teikit.config.json'), JSON.stringify({ register: 'edition/names-register.xml' }));
      const v = teikit(['validate', 'edition', '--format', 'json', ...args], { cwd: w.dir });
      expect(v.status, args.join(' ')).toBe(1);
      expect(rules(v.stdout).filter((d) => d.ruleId === 'ref-resolves').map((d) => d.file)).toEqual(['edition/memo-1945-04-20.xml']);
      // The register is never checked as a document.
      expect(rules(v.stdout).some((d) => d.file === 'edition/names-register.xml' && d.ruleId === 'id-matches-file')).toBe(false);
    }
    writeFileSync(memo, readFileSync(memo, 'utf8').replace('names-register.xml#per_nobody', 'names-register.xml#per_molotov'));
    rmSync(join(w.dir, 'teikit.config.json'));
    const r = build(w.dir, 'edition', '--out', 'dist', '--register', 'edition/names-register.xml');
    expect(r.status, r.stdout).toBe(0);
    expect(files(w.out)).toContain('tei/register.xml');
    expect(files(w.out).filter((f) => f.startsWith('names-register'))).toEqual([]);
    expect(read(w.out, 'oss-ra-1001.html')).toMatch(/id="occ-1" href="#per_stalin">Stalin</);
    expect(read(w.out, 'index.html')).toContain('Test collection of intelligence documents');
  });

  it('reports a register that breaks its schema and writes nothing', () => {
    const w = workspace();
    const reg = join(w.edition, 'register.xml');
    writeFileSync(reg, readFileSync(reg, 'utf8').replace('<idno type="URI">https://collection.example/edition/</idno>', ''));
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.status).toBe(1);
    expect(rules(r.stdout).some((d) => d.file === 'edition/register.xml' && d.severity === 'error')).toBe(true);
    expect(files(w.out)).toEqual([]);
  });

  it('rebuilds every document when the register changes (its hash is in each cache entry)', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const reg = join(w.edition, 'register.xml');
    writeFileSync(reg, readFileSync(reg, 'utf8').replace('<note>Soviet leader.</note>', '<note>Soviet leader, 1924–1953.</note>'));
    const before = stamps(w.out);
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const after = stamps(w.out);
    for (const id of IDS) expect(after[`${id}.html`]).not.toBe(before[`${id}.html`]);
    expect(read(w.out, 'names.html')).toContain('Soviet leader, 1924–1953.');
  });
});

describe('build state that follows the collection', () => {
  it('is one collection whether the folder is named relatively, absolutely or through a link', () => {
    const w = workspace();
    symlinkSync(w.edition, join(w.dir, 'link'));
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const first = snapshot(w.out);
    for (const spelling of [w.edition, 'link', `${w.edition}/../edition`]) {
      const r = build(w.dir, spelling, '--out', 'dist');
      expect(r.status, r.stdout).toBe(0);
      expect(rules(r.stdout).map((d) => d.ruleId)).not.toContain('build-duplicate-id');
      expect(Object.keys(manifest(w.out).documents).sort()).toEqual(['edition/cables/cable-1945-05-02.xml', 'edition/memo-1945-04-20.xml', 'edition/oss-ra-1001.xml', 'edition/oss-ra-1002.xml']);
      expect(snapshot(w.out)).toEqual(first);
    }
    expect(read(w.out, 'index.html').split('href="oss-ra-1001.html"').length - 1).toBe(2);
  });

  it('follows documents added, deleted, moved and renamed', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    // Added: a document that the register says replaces nothing.
    const extra = readFileSync(join(w.edition, 'oss-ra-1002.xml'), 'utf8').replaceAll('oss-ra-1002', 'oss-ra-0999').replace('Japan&#x2014;The Last Months', 'An Earlier Transcription');
    writeFileSync(join(w.edition, 'oss-ra-0999.xml'), extra);
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    expect(read(w.out, 'index.html')).toContain('An Earlier Transcription');
    // Deleted: its page says it was withdrawn and names the successor from the register; the rest goes.
    rmSync(join(w.edition, 'oss-ra-0999.xml'));
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const withdrawn = read(w.out, 'oss-ra-0999.html');
    expect(withdrawn).toContain('Document withdrawn');
    expect(withdrawn).toContain('href="oss-ra-1001.html"');
    for (const f of ['oss-ra-0999.txt', 'oss-ra-0999.json', 'oss-ra-0999.diplomatic.txt', 'tei/oss-ra-0999.xml']) expect(files(w.out)).not.toContain(f);
    expect(read(w.out, 'index.html')).not.toContain('An Earlier Transcription');
    expect(manifest(w.out).withdrawn).toHaveProperty('oss-ra-0999');
    // Moved to another folder: the same id, its pages stay, its TEI copy moves.
    mkdirSync(join(w.edition, 'telegrams'));
    renameSync(join(w.edition, 'cables/cable-1945-05-02.xml'), join(w.edition, 'telegrams/cable-1945-05-02.xml'));
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    expect(read(w.out, 'cable-1945-05-02.html')).not.toContain('Document withdrawn');
    expect(files(w.out)).toContain('tei/telegrams/cable-1945-05-02.xml');
    expect(files(w.out)).not.toContain('tei/cables/cable-1945-05-02.xml');
    expect(Object.keys(manifest(w.out).documents)).toContain('edition/telegrams/cable-1945-05-02.xml');
    // Renamed (file and id): the old address says withdrawn, the new one is built.
    const memo = readFileSync(join(w.edition, 'memo-1945-04-20.xml'), 'utf8').replaceAll('memo-1945-04-20', 'memo-1945-04-21');
    writeFileSync(join(w.edition, 'memo-1945-04-21.xml'), memo);
    rmSync(join(w.edition, 'memo-1945-04-20.xml'));
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    expect(read(w.out, 'memo-1945-04-20.html')).toContain('Document withdrawn');
    expect(read(w.out, 'memo-1945-04-21.html')).toContain('Memorandum on the Soviet Note to Japan');
    expect(files(w.out)).not.toContain('memo-1945-04-20.txt');
    // And back: an id that returns is no longer withdrawn.
    writeFileSync(join(w.edition, 'oss-ra-0999.xml'), extra);
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    expect(read(w.out, 'oss-ra-0999.html')).not.toContain('Document withdrawn');
    expect(manifest(w.out).withdrawn).not.toHaveProperty('oss-ra-0999');
  });

  it('keeps the withdrawn documents when the manifest\'s key changes (here: other targets)', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist', '--targets', 'html,json').status).toBe(0);
    rmSync(join(w.edition, 'oss-ra-1002.xml'));
    expect(build(w.dir, 'edition', '--out', 'dist', '--targets', 'html,json').status).toBe(0);
    expect(manifest(w.out).withdrawn).toHaveProperty('oss-ra-1002');
    // Another key (the targets), and a document removed in between: both stay withdrawn.
    rmSync(join(w.edition, 'memo-1945-04-20.xml'));
    const r = build(w.dir, 'edition', '--out', 'dist', '--targets', 'html');
    expect(r.status, r.stdout).toBe(0);
    expect(Object.keys(manifest(w.out).withdrawn ?? {}).sort()).toEqual(['memo-1945-04-20', 'oss-ra-1002']);
    for (const id of ['memo-1945-04-20', 'oss-ra-1002']) {
      expect(read(w.out, `${id}.html`)).toContain('Document withdrawn');
      expect(files(w.out)).not.toContain(`${id}.json`);
    }
    expect(read(w.out, 'index.html')).not.toContain('memo-1945-04-20.html');
  });

  it('finds duplicate ids before writing: neither document is written, earlier outputs unchanged', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const memoOutputs = () => Object.fromEntries(Object.entries(stamps(w.out)).filter(([f]) => f.includes('memo-1945-04-20')));
    const before = memoOutputs();
    const bytes = Object.fromEntries(Object.entries(snapshot(w.out)).filter(([f]) => f.includes('memo-1945-04-20')));
    mkdirSync(join(w.edition, 'copies'));
    // A changed copy under the same id: the original is changed too, so both would be rebuilt.
    const memo = join(w.edition, 'memo-1945-04-20.xml');
    writeFileSync(memo, readFileSync(memo, 'utf8').replace('expects no reply', 'expects no answer'));
    writeFileSync(join(w.edition, 'copies/memo-1945-04-20.xml'), readFileSync(memo, 'utf8').replace('expects no answer', 'expects a reply'));
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.status).toBe(1);
    const dup = rules(r.stdout).filter((d) => d.ruleId === 'build-duplicate-id');
    expect(dup.map((d) => d.file).sort()).toEqual(['edition/copies/memo-1945-04-20.xml', 'edition/memo-1945-04-20.xml']);
    expect(memoOutputs()).toEqual(before);
    expect(Object.fromEntries(Object.entries(snapshot(w.out)).filter(([f]) => f.includes('memo-1945-04-20')))).toEqual(bytes);
    expect(read(w.out, 'index.html')).toContain('pages from an earlier version');
  });

  it('finds ids that differ only in case (one file on a case-insensitive file system)', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const before = snapshot(w.out);
    mkdirSync(join(w.edition, 'upper'));
    writeFileSync(join(w.edition, 'upper/Memo-1945-04-20.xml'), readFileSync(join(w.edition, 'memo-1945-04-20.xml'), 'utf8').replaceAll('memo-1945-04-20', 'Memo-1945-04-20'));
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.status).toBe(1);
    expect(rules(r.stdout).filter((d) => d.ruleId === 'build-id-case').map((d) => d.file).sort()).toEqual(['edition/memo-1945-04-20.xml', 'edition/upper/Memo-1945-04-20.xml']);
    expect(files(w.out).filter((f) => /memo/i.test(f))).toEqual(Object.keys(before).filter((f) => /memo/i.test(f)));
    expect(files(w.out)).not.toContain('Memo-1945-04-20.html');
  });

  it('names a failed document with "outputs not updated" and marks it in the index', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const page = read(w.out, 'memo-1945-04-20.html');
    const memo = join(w.edition, 'memo-1945-04-20.xml');
    writeFileSync(memo, readFileSync(memo, 'utf8').replace('</teiHeader>', '</teiHeader'));
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.status).toBe(1);
    const stale = rules(r.stdout).find((d) => d.ruleId === 'build-stale')!;
    expect(stale.file).toBe('edition/memo-1945-04-20.xml');
    expect(stale.message).toContain('outputs not updated');
    expect(read(w.out, 'memo-1945-04-20.html')).toBe(page);
    expect(read(w.out, 'index.html')).toMatch(/memo-1945-04-20\.html">Memorandum[^<]*<\/a><span class="stale">/);
    expect(manifest(w.out).documents['edition/memo-1945-04-20.xml'].stale).toBe(true);
  });

  it('rewrites only the edited document\'s outputs and the collection pages', () => {
    const w = workspace();
    expect(build(w.dir, 'edition', '--out', 'dist').status).toBe(0);
    const before = stamps(w.out);
    const memo = join(w.edition, 'memo-1945-04-20.xml');
    writeFileSync(memo, readFileSync(memo, 'utf8').replace('expects no reply', 'expects no answer'));
    const r = build(w.dir, 'edition', '--out', 'dist');
    expect(r.status).toBe(0);
    const after = stamps(w.out);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]).sort();
    const mine = ['memo-1945-04-20.html', 'memo-1945-04-20.txt', 'memo-1945-04-20.diplomatic.txt', 'memo-1945-04-20.json', 'tei/memo-1945-04-20.xml', 'search/memo-1945-04-20.json'];
    const collection = ['index.html', 'names.html', 'search.html', 'search-index.js', 'collection.json', '.teikit-manifest.json'];
    for (const f of mine) expect(changed).toContain(f);
    expect(changed).toContain('search-index.js');
    for (const f of changed) expect([...mine, ...collection]).toContain(f);
    expect(read(w.out, 'search-index.js')).toContain('answer');
    // The text of the pages is the document's search data, not part of the manifest.
    expect(read(w.out, 'search/memo-1945-04-20.json')).toContain('answer');
    expect(read(w.out, '.teikit-manifest.json')).not.toContain('expects no answer');
    expect(read(w.out, 'search-index.js')).toContain('harriman');
  });
});
