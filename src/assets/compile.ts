/**
 * `npm run build` after tsc (and so `npm install`, through `prepare`): compiles what can be
 * compiled before run time into `lib/`: every top-level `xslt/*.xsl` to `lib/sef/<name>.sef.json`,
 * the bundled Schematron rules, and the bundled RELAX NG schema.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compileStylesheet } from '../saxon/compile-xslt.js';
import { convertBundledSchema } from '../validate/relaxng/schema.js';
import { compileBundledRules } from '../validate/schematron/bundled.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const started = Date.now();
  await mkdir(`${root}lib/sef`, { recursive: true });
  const sheets = (await readdir(`${root}xslt`)).filter((f) => f.endsWith('.xsl')).sort();
  // Two at a time: the machines have two cores and each compile is single-threaded.
  const queue = [...sheets];
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      await compileStylesheet(`${root}xslt/${s}`, `${root}lib/sef/${s.replace(/\.xsl$/, '')}.sef.json`);
    }
  };
  await Promise.all([worker(), worker(), convertBundledSchema(root)]);
  await compileBundledRules(root);
  process.stdout.write(`teikit: compiled ${sheets.length} stylesheets, the schema and the rules in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
