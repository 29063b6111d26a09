/**
 * The collection's building blocks on their own: manifest keys, ids read before writing and their
 * clashes, the output folder's lock, relative references to the register.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idClashes, rootId } from '../../src/build/ids.js';
import { manifestKey, relativeHref } from '../../src/io/keys.js';
import { acquireLock, LOCK_NAME, LockTimeout } from '../../src/build/lock.js';
import { sourceName } from '../../src/io/sources.js';
import { buildChecks, ruleInfo } from '../../src/diagnostics/rules.js';
import { ROOT } from '../helpers/cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'teikit-coll-'));

describe('manifest keys', () => {
  it('are one key for a relative, an absolute and a linked spelling of one file', () => {
    const dir = temp();
    mkdirSync(join(dir, 'edition'));
    writeFileSync(join(dir, 'edition', 'a.xml'), '<TEI/>');
    symlinkSync(join(dir, 'edition'), join(dir, 'link'));
    const k = manifestKey('edition/a.xml', dir);
    expect(k).toBe('edition/a.xml');
    expect(manifestKey(resolve(dir, 'edition/a.xml'), dir)).toBe(k);
    expect(manifestKey(join(dir, 'link', 'a.xml'), dir)).toBe(k);
    expect(manifestKey('./edition/../edition/a.xml', dir)).toBe(k);
  });

  it('name the register relative to a document', () => {
    expect(relativeHref('ed/a.xml', 'ed/register.xml')).toBe('register.xml');
    expect(relativeHref('ed/cables/c.xml', 'ed/register.xml')).toBe('../register.xml');
    expect(relativeHref('a.xml', 'register.xml')).toBe('register.xml');
    expect(relativeHref('x/y/z.xml', 'ed/register.xml')).toBe('../../ed/register.xml');
  });

  it('copy sources only from inside the edition folder', () => {
    expect(sourceName('/e', '/e/cables/c.xml')).toBe('tei/cables/c.xml');
    expect(sourceName('/e', '/elsewhere/c.xml')).toBeUndefined();
    expect(sourceName('/e', '/e')).toBeUndefined();
  });
});

describe('ids before writing', () => {
  it('reads the root xml:id as XML: comments, CDATA and references before it do not confuse it', () => {
    expect(rootId('<?xml version="1.0"?>\n<!-- <TEI xml:id="wrong"> -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="right"><teiHeader/></TEI>')).toBe('right');
    expect(rootId('<TEI xml:id="a&#x2D;b"/>')).toBe('a-b');
    expect(rootId('<TEI/>')).toBeUndefined();
    expect(rootId('not xml')).toBeUndefined();
  });

  it('finds duplicate ids and ids that differ only in case, on every document of the clash', () => {
    const found = idClashes([
      { key: 'a/x.xml', file: 'a/x.xml', id: 'x' },
      { key: 'b/x.xml', file: 'b/x.xml', id: 'x' },
      { key: 'm.xml', file: 'm.xml', id: 'Memo' },
      { key: 'n.xml', file: 'n.xml', id: 'memo' },
      { key: 'ok.xml', file: 'ok.xml', id: 'ok' },
    ]);
    expect([...found.keys()].sort()).toEqual(['a/x.xml', 'b/x.xml', 'm.xml', 'n.xml']);
    expect(found.get('a/x.xml')!.ruleId).toBe('build-duplicate-id');
    expect(found.get('a/x.xml')!.message).toContain('`b/x.xml`');
    expect(found.get('m.xml')!.ruleId).toBe('build-id-case');
  });

  it('refuses the ids of the collection\'s own pages', () => {
    const found = idClashes([{ key: 'index.xml', file: 'index.xml', id: 'index' }, { key: 'c.xml', file: 'c.xml', id: 'Collection' }, { key: 'ok.xml', file: 'ok.xml', id: 'indexes' }]);
    expect([...found.keys()]).toEqual(['index.xml', 'c.xml']);
    expect(found.get('index.xml')!.ruleId).toBe('build-reserved-id');
  });

  it('does not count one file twice', () => {
    expect(idClashes([{ key: 'a.xml', file: 'a.xml', id: 'a' }, { key: 'a.xml', file: '/abs/a.xml', id: 'a' }]).size).toBe(0);
  });
});

describe('the lock on an output folder', () => {
  it('makes a second taker wait until the first releases it', async () => {
    const out = temp();
    const release = await acquireLock(out, 5);
    const order: string[] = [];
    const second = acquireLock(out, 5).then((r) => {
      order.push('second');
      return r;
    });
    await new Promise((r) => setTimeout(r, 100));
    order.push('first done');
    await release();
    await (await second)();
    expect(order).toEqual(['first done', 'second']);
    expect(existsSync(join(out, LOCK_NAME))).toBe(false);
  });

  it('gives up after the timeout with a clear error', async () => {
    const out = temp();
    const release = await acquireLock(out, 5);
    await expect(acquireLock(out, 0)).rejects.toBeInstanceOf(LockTimeout);
    await expect(acquireLock(out, 0)).rejects.toThrow(/one build at a time/);
    await release();
  });

  it('takes over a lock whose process is gone', async () => {
    const out = temp();
    mkdirSync(join(out, LOCK_NAME));
    // pid 2^22 + 1 is above Linux's largest process id.
    writeFileSync(join(out, LOCK_NAME, 'owner'), `4194305 ${(await import('node:os')).hostname()}\n`);
    const release = await acquireLock(out, 1);
    await release();
  });
});

describe('the build checks', () => {
  it('are in the rule registry and documented in docs/rules.md under their own heading', () => {
    const docs = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    const section = docs.slice(docs.indexOf('\n# Build checks\n'), docs.indexOf('\n# The compiler\n'));
    const documented = [...section.matchAll(/\n## (build-[a-z-]+)\n\n\*\*(error|warning)\.\*\*/g)].map((m) => ({ id: m[1], severity: m[2] }));
    expect(buildChecks().map((r) => ({ id: r.id, severity: r.severity }))).toEqual(documented);
    expect(documented.map((d) => d.id)).toEqual(['build-duplicate-id', 'build-id-case', 'build-reserved-id', 'build-stale', 'build-resource']);
    for (const r of buildChecks()) expect(ruleInfo(r.id)).toEqual({ ...r, url: `docs/rules.md#${r.id}` });
  });

  it('cover every build-* id the collection code reports', () => {
    const src = readdirSync(join(ROOT, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8')).join('\n');
    const used = new Set([...src.matchAll(/'(build-[a-z-]+)'/g)].map((m) => m[1]));
    for (const id of used) expect(ruleInfo(id), id).toBeDefined();
  });
});
