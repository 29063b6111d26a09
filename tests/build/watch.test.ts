/**
 * `teikit build --watch` (issue 11): watchers are live before the first build, atomic saves are
 * seen every time, a removed folder is reported and watched for, a change of the rules is built
 * with the new rules under the key a plain build computes, and the CLI stops cleanly on SIGTERM.
 * Every step waits for an event (a build's result, a line on stderr), never for a time.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildRun } from '../../src/build/build.js';
import type { Watcher } from '../../src/build/watch.js';
import { ROOT } from '../helpers/cli.js';
import { collection, editionAs, tempDir } from '../helpers/edition.js';

// The compiled library, as the CLI runs it (its stylesheets are in lib/sef/).
const { build } = (await import(`${ROOT}lib/build/build.js`)) as typeof import('../../src/build/build.js');
const { watchBuild } = (await import(`${ROOT}lib/build/watch.js`)) as typeof import('../../src/build/watch.js');

/** The results of a watch, one promise per event, in order. */
function events() {
  const queue: (BuildRun | Error)[] = [];
  const waiting: ((e: BuildRun | Error) => void)[] = [];
  return {
    push(e: BuildRun | Error) {
      const w = waiting.shift();
      if (w) w(e);
      else queue.push(e);
    },
    next(): Promise<BuildRun | Error> {
      const e = queue.shift();
      return e ? Promise.resolve(e) : new Promise((r) => waiting.push(r));
    },
  };
}

/** Takes build results until `done` holds after one (a save may be seen as more than one event). */
async function until(ev: ReturnType<typeof events>, done: () => boolean): Promise<void> {
  for (;;) {
    asRun(await ev.next());
    if (done()) return;
  }
}

const change = (id: string, word: string) => editionAs(id).replace('Meanwhile, in the', `Meanwhile ${word}, in the`);
const asRun = (e: BuildRun | Error): BuildRun => {
  if (e instanceof Error) throw e;
  return e;
};

describe('watchBuild', () => {
  it('is watching before the first build: a change made during it is built next', async () => {
    const dir = collection(1);
    const out = tempDir();
    const doc = join(dir, 'copy-01.xml');
    const ev = events();
    let changed = false;
    const onProgress = () => {
      if (changed) return;
      changed = true;
      writeFileSync(doc, change('copy-01', 'DURING'));
    };
    const w = await watchBuild([dir], { out, targets: ['text'], onProgress }, ev.push);
    try {
      asRun(await ev.next());
      expect(changed).toBe(true);
      await until(ev, () => readFileSync(join(out, 'copy-01.txt'), 'utf8').includes('DURING'));
    } finally {
      await w.close();
    }
  });

  it('sees every atomic save of a watched file (temporary file renamed over it)', async () => {
    const dir = collection(1);
    const out = tempDir();
    const doc = join(dir, 'copy-01.xml');
    const ev = events();
    const w = await watchBuild([doc], { out, targets: ['text'] }, ev.push);
    try {
      asRun(await ev.next());
      for (const word of ['FIRST', 'SECOND', 'THIRD']) {
        writeFileSync(`${doc}.tmp~`, change('copy-01', word));
        renameSync(`${doc}.tmp~`, doc);
        await until(ev, () => readFileSync(join(out, 'copy-01.txt'), 'utf8').includes(word));
      }
    } finally {
      await w.close();
    }
  });

  it('reports a removed folder, keeps watching, and builds it when it comes back', async () => {
    const parent = tempDir();
    const dir = join(parent, 'docs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'copy-01.xml'), editionAs('copy-01'));
    const out = tempDir();
    const ev = events();
    const w: Watcher = await watchBuild([dir], { out, targets: ['text'] }, ev.push);
    try {
      asRun(await ev.next());
      rmSync(dir, { recursive: true });
      let e = await ev.next();
      while (!(e instanceof Error)) e = await ev.next();
      expect(e.message).toContain('`docs`');
      expect(e.message).toContain('was removed; still watching for it to come back');
      mkdirSync(dir);
      writeFileSync(join(dir, 'copy-01.xml'), change('copy-01', 'BACK'));
      for (;;) {
        const r = await ev.next();
        if (r instanceof Error) continue;
        if (readFileSync(join(out, 'copy-01.txt'), 'utf8').includes('BACK')) break;
      }
    } finally {
      await w.close();
    }
  });

  it('rebuilds with changed rules, under the key a plain build computes', async () => {
    const dir = collection(1);
    const out = tempDir();
    const rules = join(tempDir(), 'rules.sch');
    const sch = (word: string) => `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="has-word"><rule context="tei:TEI"><report test="contains(string(.), '${word}')" role="warning">has ${word}</report></rule></pattern></schema>`;
    writeFileSync(rules, sch('NOWHERE-TO-BE-FOUND'));
    const options = { out, targets: ['text' as const], rules };
    const ev = events();
    const w = await watchBuild([dir], options, ev.push);
    try {
      const first = asRun(await ev.next());
      expect(first.results[0].diagnostics.filter((d) => d.ruleId === 'has-word')).toEqual([]);
      writeFileSync(rules, sch('Meanwhile'));
      let second = asRun(await ev.next());
      while (!second.results[0].diagnostics.some((d) => d.ruleId === 'has-word')) second = asRun(await ev.next());
      expect(second.results[0].diagnostics.filter((d) => d.ruleId === 'has-word').map((d) => d.message)).toEqual(['has Meanwhile']);
    } finally {
      await w.close();
    }
    const plain = await build([dir], options);
    expect(plain.skipped).toHaveLength(1);
    expect(plain.results[0].diagnostics.map((d) => d.message)).toContain('has Meanwhile');
  });
});

it('the CLI rebuilds a changed document and stops on SIGTERM with exit 0', async () => {
  const dir = collection(1);
  const out = tempDir();
  const child = spawn(process.execPath, [join(ROOT, 'bin/teikit.js'), 'build', dir, '--out', out, '--watch', '--targets', 'text'], { env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  const watching = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if ((stderr.match(/teikit: watching /g) ?? []).length >= n) resolve();
      };
      child.stderr.on('data', (d) => {
        stderr += String(d);
        check();
      });
      check();
    });
  const txt = join(out, 'copy-01.txt');
  try {
    await watching(1);
    expect(readFileSync(txt, 'utf8')).not.toMatch(/WATCHED CHANGE/);
    writeFileSync(join(dir, 'copy-01.xml'), change('copy-01', 'WATCHED CHANGE'));
    await watching(2);
    expect(readFileSync(txt, 'utf8')).toContain('WATCHED CHANGE');
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  expect(code).toBe(0);
});
