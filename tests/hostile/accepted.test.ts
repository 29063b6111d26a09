/**
 * Encodings the gate accepts (issue 7): the edition with a UTF-8 BOM, in UTF-16 LE and in UTF-16
 * BE (each with its byte order mark) is validated exactly like the UTF-8 original: same
 * diagnostics, same lines and columns.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { ROOT, teikit } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('accepted encodings', () => {
  it('validates BOM and UTF-16 variants of the edition like the original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-enc-'));
    dirs.push(dir);
    const text = readFileSync(join(ROOT, 'edition', 'oss-ra-3039s.xml'), 'utf8').replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0"?>');
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    // Each variant keeps the edition's file name (a rule compares it with the id), in its own folder.
    const variants: Record<string, string | Buffer> = { utf8: text, 'utf8-bom': `\uFEFF${text}`, utf16le: le, utf16be: Buffer.from(le).swap16() };
    for (const [name, content] of Object.entries(variants)) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'oss-ra-3039s.xml'), content);
    }
    const r = teikit(['validate', '--format', 'json', dir]);
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    const all = JSON.parse(r.stdout) as Diagnostic[];
    const of = (name: string) => all.filter((d) => basename(dirname(d.file)) === name).map(({ file: _, ...d }) => d);
    expect(all.filter((d) => d.source === 'xml' || d.source === 'io')).toEqual([]);
    for (const name of ['utf8-bom', 'utf16le', 'utf16be']) expect(of(name), name).toEqual(of('utf8'));
  });
});
