/**
 * Hostile input through the real CLI (issue 7): every case is rejected by the gate with its rule
 * id, at the right line, with exit code 1, one line per problem and no stack trace; nothing is
 * read from the file system or fetched over the network for a DOCTYPE, and the secret never
 * appears in any output.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { teikit } from '../helpers/cli.js';
import { type HostileCase, doctypeCases, otherCases, smallTei, writeCases } from './fixtures.js';

const STACK_FRAME = /^\s+at /m;
const PASSWD = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8').split('\n').filter((l) => l.length > 8) : [];
const TOKEN = `teikit-secret-${process.pid}-${Date.now()}`;

let dir: string;
let server: Server;
let requests: string[] = [];
let cases: HostileCase[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-hostile-'));
  writeFileSync(join(dir, 'secret.txt'), TOKEN);
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end(`<!ENTITY leak "${TOKEN}">`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  cases = [...doctypeCases(pathToFileURL(join(dir, 'secret.txt')).href, `http://127.0.0.1:${port}`), ...otherCases()];
  mkdirSync(join(dir, 'cases'));
  writeCases(join(dir, 'cases'), cases);
});

afterAll(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Asserts that nothing secret leaked and no stack trace was shown. */
function clean(out: string): void {
  expect(out).not.toMatch(STACK_FRAME);
  expect(out).not.toContain(TOKEN);
  for (const line of PASSWD) expect(out).not.toContain(line);
}

describe('teikit validate on hostile files', () => {
  it('rejects every case with its rule id and line, exit 1, and fetches nothing', () => {
    const r = teikit(['validate', '--format', 'json', join(dir, 'cases')], { timeout: 60_000 });
    clean(r.stdout + r.stderr);
    expect(r.status).toBe(1);
    const diagnostics = JSON.parse(r.stdout) as Diagnostic[];
    for (const c of cases) {
      const mine = diagnostics.filter((d) => d.file.endsWith(`${c.name}.xml`));
      expect(mine.length, c.name).toBeGreaterThan(0);
      expect({ name: c.name, ruleId: mine[0].ruleId, severity: mine[0].severity }).toEqual({ name: c.name, ruleId: c.ruleId, severity: c.severity ?? 'error' });
      if (c.line) expect(mine[0].line, c.name).toBe(c.line);
      if (c.message) expect(mine[0].message, c.name).toMatch(c.message);
      expect(mine[0].column).toBeGreaterThanOrEqual(1);
    }
    expect(requests).toEqual([]);
  });

  it('prints one line per problem (line:column, message, rule id) in the default format', () => {
    for (const c of cases.filter((x) => ['xxe-file-passwd', 'nested-100000', 'png-renamed'].includes(x.name))) {
      const file = join(dir, 'cases', `${c.name}.xml`);
      const r = teikit(['validate', file]);
      clean(r.stdout + r.stderr);
      expect(r.status).toBe(1);
      expect(r.stdout + r.stderr).toContain(c.ruleId);
    }
  });

  it('transform --to text never prints the secret and exits 1', () => {
    for (const name of ['xxe-file-passwd', 'xxe-file-secret', 'xxe-http', 'xxe-parameter-entity', 'xxe-external-and-internal-subset']) {
      const r = teikit(['transform', '--to', 'text', join(dir, 'cases', `${name}.xml`)]);
      clean(r.stdout + r.stderr);
      expect(r.stdout, name).toBe('');
      expect(r.stderr, name).toContain('xml-doctype');
      expect(r.status, name).toBe(1);
    }
    expect(requests).toEqual([]);
  });

  it('transform ignores a DOCTYPE that declares nothing, with a warning, and fetches nothing', () => {
    for (const name of ['xxe-external-subset', 'xxe-public-subset']) {
      const r = teikit(['transform', '--to', 'text', join(dir, 'cases', `${name}.xml`)]);
      clean(r.stdout + r.stderr);
      expect(r.stdout, name).toContain('Text');
      expect(r.stderr, name).toContain('xml-doctype-ignored');
      expect(r.status, name).toBe(0);
    }
    expect(requests).toEqual([]);
  });

  it('checks the XML files of a mixed folder and ignores the rest', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(join(mixed, 'sub'), { recursive: true });
    writeFileSync(join(mixed, 'a.xml'), smallTei());
    writeFileSync(join(mixed, 'notes.txt'), 'not XML & <never> read');
    writeFileSync(join(mixed, 'image.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    writeFileSync(join(mixed, 'sub', 'b.XML'), '<doc/>');
    writeFileSync(join(mixed, '.hidden.xml'), '<doc/>');
    const r = teikit(['validate', '--format', 'json', mixed]);
    clean(r.stdout + r.stderr);
    const files = new Set((JSON.parse(r.stdout) as Diagnostic[]).map((d) => d.file.slice(mixed.length + 1)));
    expect(files.has('notes.txt') || files.has('image.png') || files.has('.hidden.xml')).toBe(false);
    expect(files.has(join('sub', 'b.XML'))).toBe(true);
    expect(r.status).toBe(1);
  });

  it('a missing path is exit 2 with one line and no stack trace', () => {
    const r = teikit(['validate', join(dir, 'no-such-folder')]);
    clean(r.stdout + r.stderr);
    expect(r.status).toBe(2);
  });
});
