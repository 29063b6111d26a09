/**
 * A user's schema and rules never reach the network or read other files (issue 11): an RNG
 * `externalRef` or `include` of a non-file URI is refused with a message naming it, and rules that
 * call `unparsed-text` or `doc` are refused by the compiler (`rules-unsafe-function`), exit 2,
 * before anything is read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teikit } from '../helpers/cli.js';
import { smallTei } from './fixtures.js';

const RNG = 'http://relaxng.org/ns/structure/1.0';
let dir: string;
let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-network-'));
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end(`<element xmlns="${RNG}" name="TEI" ns="http://www.tei-c.org/ns/1.0"><text/></element>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  writeFileSync(join(dir, 'doc.xml'), smallTei());
});
afterAll(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a user schema', () => {
  it('refuses externalRef and include of http:, https:, ftp: and data: URIs and fetches nothing', () => {
    const cases = [
      [`<externalRef xmlns="${RNG}" href="${base}/tei.rng"/>`, `${base}/tei.rng`],
      [`<grammar xmlns="${RNG}"><include href="${base}/inc.rng"/><start><ref name="x"/></start></grammar>`, `${base}/inc.rng`],
      [`<externalRef xmlns="${RNG}" href="https://127.0.0.1:1/x.rng"/>`, 'https://127.0.0.1:1/x.rng'],
      [`<externalRef xmlns="${RNG}" href="ftp://127.0.0.1:1/x.rng"/>`, 'ftp://127.0.0.1:1/x.rng'],
      [`<externalRef xmlns="${RNG}" href="data:text/xml,%3Cempty%2F%3E"/>`, 'data:text/xml,%3Cempty%2F%3E'],
    ];
    cases.forEach(([schema, url], i) => {
      const file = join(dir, `s${i}.rng`);
      writeFileSync(file, schema);
      const r = teikit(['validate', '--schema', file, join(dir, 'doc.xml')]);
      expect(r.status, url).toBe(2);
      expect(r.stderr, url).toContain(`Unexpected \`include\` or \`externalRef\` of \`${url}\`, expected a local file (a schema is never fetched from the network)`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    });
    expect(requests).toEqual([]);
  });

  it('still reads an externalRef of a local file', () => {
    writeFileSync(join(dir, 'part.rng'), `<element xmlns="${RNG}" name="TEI" ns="http://www.tei-c.org/ns/1.0"><zeroOrMore><choice><attribute><anyName/></attribute><text/><element><anyName/><empty/></element></choice></zeroOrMore></element>`);
    writeFileSync(join(dir, 'main.rng'), `<externalRef xmlns="${RNG}" href="part.rng"/>`);
    const r = teikit(['validate', '--format', 'json', '--schema', join(dir, 'main.rng'), join(dir, 'doc.xml')]);
    expect(r.stderr).toBe('');
    expect(r.status).not.toBe(2);
  });
});

describe('user rules', () => {
  it('refuse unparsed-text of a local file and doc of a URL, exit 2, printing neither', () => {
    for (const [call, name] of [["unparsed-text('file:///etc/passwd')", 'unparsed-text'], [`doc('${base}/x.xml')`, 'doc']]) {
      const rules = join(dir, `${name}.sch`);
      writeFileSync(rules, `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="leak"><rule context="tei:TEI"><report test="true()"><value-of select="${call.replace(/'/g, '&apos;')}"/></report></rule></pattern></schema>`);
      const r = teikit(['validate', '--format', 'json', '--rules', rules, join(dir, 'doc.xml')]);
      expect(r.status, name).toBe(2);
      expect(r.stdout, name).toBe('');
      expect(r.stderr, name).toContain(`Unexpected call to \`${name}\` in the rules`);
      expect(r.stderr, name).toContain('rules-unsafe-function');
      expect(r.stderr).not.toContain('root:x:0');
    }
    expect(requests).toEqual([]);
  });
});
