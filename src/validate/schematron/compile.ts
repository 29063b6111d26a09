/**
 * teikit's ISO Schematron compiler (`xslt/schematron.xsl`, compiled to `lib/sef/schematron.sef.json`)
 * driven from TypeScript: a `.sch` becomes XSLT 3.0 text in-process on SaxonJS, and that text
 * becomes SEF through the `xslt3` compiler. Used at install time for the bundled rules and at run
 * time for a user's `--rules` (then cached by content).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileStylesheet } from '../../saxon/compile-xslt.js';
import { loadSef, saxonJs } from '../../saxon/load.js';
import { locateRuleError } from './sch-lines.js';

/** The package folder (the same from `src/` under tests and from `lib/` when installed). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The compiled compiler. */
export const COMPILER_SEF = join(PACKAGE_ROOT, 'lib/sef/schematron.sef.json');

/**
 * Compiles Schematron text to XSLT 3.0 text.
 * @param schText the schema, already read (never a file name: SaxonJS would fetch and decode it itself).
 * @param name how the schema is named in error messages.
 * @param phase the phase to compile (`#DEFAULT`, `#ALL` or a phase id).
 * @throws Error naming the schema and the reason when it is not well-formed or uses an unsupported construct.
 */
export async function schematronToXslt(schText: string, name: string, phase = '#DEFAULT'): Promise<string> {
  let source;
  try {
    source = await saxonJs().getResource({ text: schText, type: 'xml' });
  } catch (err) {
    throw new Error(`Could not read the rules \`${name}\`: ${(err as Error).message}`);
  }
  try {
    const result = saxonJs().transform(
      { stylesheetInternal: loadSef(COMPILER_SEF), sourceNode: source, destination: 'serialized', stylesheetParams: { 'Q{}phase': phase } },
      'sync',
    );
    return String(result.principalResult);
  } catch (err) {
    throw new Error(`Could not compile the rules \`${name}\`: ${(err as Error).message}`);
  }
}

/**
 * Compiles Schematron text all the way to a SEF (JSON text).
 * @param schText the schema.
 * @param name how the schema is named in error messages.
 * @param xslOut where to keep the generated XSLT; default a temporary file, removed afterwards.
 * @throws Error when the schema or one of its XPath expressions does not compile.
 */
export async function schematronToSef(schText: string, name: string, xslOut?: string): Promise<string> {
  const xslt = await schematronToXslt(schText, name);
  const dir = await mkdtemp(join(tmpdir(), 'teikit-sch-'));
  try {
    const xsl = xslOut ?? join(dir, 'rules.xsl');
    const sef = join(dir, 'rules.sef.json');
    await writeFile(xsl, xslt);
    try {
      await compileStylesheet(xsl, sef);
    } catch (err) {
      const reason = (err as Error).message.split('\n').slice(1).join('\n').trim();
      const placed = locateRuleError(schText, xslt, reason, name);
      if (placed) throw new Error(`Could not compile the rules: ${placed}`);
      throw new Error(`Could not compile the rules \`${name}\`: an XPath expression or a context is not valid XSLT 3.0:\n${reason}`);
    }
    return await readFile(sef, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
