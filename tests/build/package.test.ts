/**
 * The library as users get it (issue 11): `npm pack`, then `npm install <tgz>` in a fresh folder
 * (offline: the dependencies are linked from this checkout, the network is never used), then
 * `import 'teikit'` from a script. `build(paths, { out })` needs no other option (the library's
 * defaults are the command line's), and the exported types compile in a TypeScript file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/edition.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };
let app = '';
let skipped = '';

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

beforeAll(() => {
  const dir = tempDir('teikit-pack-');
  // --ignore-scripts: pack what `npm run build` made (lib/) instead of compiling it again.
  const packed = npm(['pack', '--ignore-scripts', '--pack-destination', dir], ROOT);
  if (packed.status !== 0) {
    skipped = `npm pack could not run: ${packed.stderr || packed.error?.message}`;
    return;
  }
  app = join(dir, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  for (const dep of Object.keys(pkg.dependencies)) symlinkSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep));
  const installed = npm(['install', join(dir, `${pkg.name}-${pkg.version}.tgz`), '--offline', '--ignore-scripts', '--no-package-lock'], app);
  if (installed.status !== 0) skipped = `npm install --offline could not run: ${installed.stderr}`;
}, 300_000);

describe('the packed package', () => {
  it('imports as `teikit` and builds with the defaults of the command line', (ctx) => {
    if (skipped) ctx.skip(skipped);
    writeFileSync(
      join(app, 'try.mjs'),
      `import { build, validate, transform, TARGET_NAMES } from 'teikit';
      const edition = new URL('./node_modules/teikit/edition/oss-ra-3039s.xml', import.meta.url).pathname;
      const run = await build([edition], { out: new URL('./dist', import.meta.url).pathname });
      const checked = await validate([edition]);
      const text = await transform({ file: edition, to: 'text' });
      console.log(JSON.stringify({ targets: TARGET_NAMES, written: run.written.sort(), diagnostics: [...run.results, ...checked.results].flatMap((r) => r.diagnostics), text: text.output.slice(0, 20) }));`,
    );
    const r = spawnSync(process.execPath, ['try.mjs'], { cwd: app, encoding: 'utf8', timeout: 240_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      targets: ['html', 'text', 'json'],
      written: [
        'assets/collection.css', 'assets/edition.css', 'assets/minisearch.js', 'assets/search.js', 'assets/view.js', 'collection.json', 'index.html', 'names.html',
        'oss-ra-3039s.diplomatic.txt', 'oss-ra-3039s.html', 'oss-ra-3039s.json', 'oss-ra-3039s.txt', 'search-index.js', 'search.html', 'search/oss-ra-3039s.json', 'tei/oss-ra-3039s.xml', 'tei/register.xml',
      ],
      diagnostics: [],
      text: 'CURRENT INTELLIGENCE',
    });
  }, 300_000);

  it('exports its types', (ctx) => {
    if (skipped) ctx.skip(skipped);
    writeFileSync(
      join(app, 'try.ts'),
      `import { build, type BuildOptions, type Diagnostic, type FileResult, type TargetName } from 'teikit';
      const options: BuildOptions = { out: 'dist', targets: ['html'] satisfies TargetName[] };
      const first: FileResult | undefined = (await build(['x.xml'], options)).results[0];
      const d: Diagnostic | undefined = first?.diagnostics[0];
      export const id: string | undefined = d?.ruleId;
      // @ts-expect-error: a target that does not exist
      export const wrong: BuildOptions = { targets: ['pdf'] };`,
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'try.ts'], { cwd: app, encoding: 'utf8', timeout: 240_000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 300_000);
});
