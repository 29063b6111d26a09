/**
 * Compiles stylesheets to SEF with the `xslt3` command (SaxonJS's XX compiler), at install time.
 */
import { execFile } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Path of the xslt3 command's script. */
export const XSLT3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');

/**
 * Compiles one stylesheet. The SEF is written under a temporary name and renamed, so a process
 * that loads it meanwhile never reads half a file.
 * @param xsl the stylesheet.
 * @param sef where the SEF goes.
 */
export async function compileStylesheet(xsl: string, sef: string): Promise<void> {
  const tmp = `${sef}.${process.pid}.tmp`;
  try {
    await run(process.execPath, [XSLT3, `-xsl:${xsl}`, `-export:${tmp}`, '-nogo', '-relocate:on'], { maxBuffer: 64 * 1024 * 1024 });
    await rename(tmp, sef);
  } catch (err) {
    await rm(tmp, { force: true });
    const e = err as { stderr?: string; message: string };
    throw new Error(`Could not compile \`${xsl}\`:\n${e.stderr || e.message}`);
  }
}
