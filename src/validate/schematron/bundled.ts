/**
 * Install-time step of the Schematron work: compiles `schemas/edition.sch` with teikit's compiler
 * (whose SEF `compile.ts` has just built) to `lib/schematron/edition.xsl`, and that to
 * `lib/sef/edition-rules.sef.json`, which `loadRules()` reads at run time.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { schematronToSef } from './compile.js';

/** Where the bundled rules' SEF goes, relative to the package folder. */
export const BUNDLED_RULES_SEF = 'lib/sef/edition-rules.sef.json';

/**
 * Compiles the bundled rules.
 * @param root the package folder.
 */
export async function compileBundledRules(root: string): Promise<void> {
  const sch = join(root, 'schemas/edition.sch');
  await mkdir(join(root, 'lib/schematron'), { recursive: true });
  const sef = await schematronToSef(await readFile(sch, 'utf8'), 'schemas/edition.sch', join(root, 'lib/schematron/edition.xsl'));
  await writeFile(join(root, BUNDLED_RULES_SEF), sef);
}
