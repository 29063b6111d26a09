/**
 * What reports say about teikit itself: its name, its version and where to read about it, from
 * the package's own package.json (found from this module, so it holds in `src/` and in `lib/`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The tool as a report names it. */
export interface ToolInfo {
  name: string;
  version: string;
  /** Where the tool is documented. */
  informationUri: string;
}

interface PackageJson {
  name: string;
  version: string;
  homepage?: string;
}

let info: ToolInfo | undefined;

/** teikit's name, version and documentation address (read once). */
export function toolInfo(): ToolInfo {
  if (!info) {
    const file = fileURLToPath(new URL('../../package.json', import.meta.url));
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
    info = {
      name: pkg.name,
      version: pkg.version,
      informationUri: pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`,
    };
  }
  return info;
}
