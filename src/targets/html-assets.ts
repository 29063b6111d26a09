/**
 * The files the HTML pages need besides themselves, kept in `xslt/html/assets/` (shipped with the
 * package) and read once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package folder (the same from `src/targets/` and `lib/targets/`). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Folder of the asset sources. */
export const HTML_ASSETS = `${PACKAGE_ROOT}xslt/html/assets/`;
/** Asset files a build writes under `assets/`. */
export const ASSET_NAMES = ['edition.css', 'view.js'] as const;

const cache = new Map<string, string>();

/**
 * The text of one asset.
 * @param name `edition.css` or `view.js`.
 */
export function assetText(name: (typeof ASSET_NAMES)[number]): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${HTML_ASSETS}${name}`, 'utf8');
    cache.set(name, text);
  }
  return text;
}
