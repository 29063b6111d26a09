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
  /** The package's `homepage`, against which relative documentation paths resolve, if it has one. */
  homepage?: string;
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
      ...(pkg.homepage ? { homepage: pkg.homepage } : {}),
    };
  }
  return info;
}

/**
 * A documentation address as an absolute URI: as it is when it has a scheme, resolved against
 * the package's `homepage` when it is a path of the package (`docs/rules.md#id`), else undefined.
 * @param url an absolute URI or a path relative to the package.
 * @param homepage the base for relative paths.
 */
export function absoluteDocUri(url: string | undefined, homepage: string | undefined = toolInfo().homepage): string | undefined {
  if (!url) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return homepage ? new URL(url, homepage.endsWith('/') ? homepage : `${homepage}/`).href : undefined;
}
