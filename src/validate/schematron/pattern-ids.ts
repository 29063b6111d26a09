/**
 * A user's rules run beside the bundled ones, and a finding's rule id is its pattern's id: a user's
 * pattern with the id of a bundled rule would make the two indistinguishable (in reports, in
 * severities set by id, in baselines), so it is refused.
 */
import { readFile } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import { allRules } from '../../diagnostics/rules.js';

const SCH = 'http://purl.oclc.org/dsdl/schematron';

/**
 * The pattern ids of a Schematron text, with the line of each.
 * @param text the schema.
 */
export function patternIds(text: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('opentag', (node) => {
    const id = node.attributes.id;
    if (node.uri === SCH && node.local === 'pattern' && id) out.push({ id: typeof id === 'string' ? id : id.value, line: parser.line });
  });
  try {
    parser.write(text).close();
  } catch {
    // Not well-formed: the compiler says why.
  }
  return out;
}

/**
 * Throws when one of the files has a pattern whose id is a bundled rule's.
 * @param files the user's `.sch` files.
 * @throws Error naming the file, line and id.
 */
export async function refuseBundledIds(files: readonly string[]): Promise<void> {
  const bundled = new Set(allRules().map((r) => r.id));
  for (const file of files) {
    const clash = patternIds(await readFile(file, 'utf8')).find((p) => bundled.has(p.id));
    if (clash) {
      throw new Error(`${file}:${clash.line}: Unexpected pattern id \`${clash.id}\`, expected an id that no bundled rule has (rename the pattern, or leave the bundled rules out with --no-bundled-rules)`);
    }
  }
}
