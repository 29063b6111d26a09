/**
 * Compiles stylesheets to SEF with the `xslt3` command (SaxonJS's XX compiler), at install time.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Path of the xslt3 command's script. */
export const XSLT3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');

/**
 * Compiles one stylesheet.
 * @param xsl the stylesheet.
 * @param sef where the SEF goes.
 */
export async function compileStylesheet(xsl: string, sef: string): Promise<void> {
  try {
    await run(process.execPath, [XSLT3, `-xsl:${xsl}`, `-export:${sef}`, '-nogo', '-relocate:on'], { maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`Could not compile \`${xsl}\`:\n${e.stderr || e.message}`);
  }
}
