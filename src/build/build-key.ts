/**
 * The manifest's key (manifest.ts): what a build's outputs depend on besides the documents and the
 * register (whose hash is in each document's entry): the toolkit version, the compiled stylesheets
 * and schemas, the schema, the rules (and whether the bundled ones run), the configured
 * severities, the targets, the plain-text options and the base URL.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TargetName, TextOptions } from '../targets/types.js';
import type { ValidateOptions } from '../validate/document.js';
import { manifestKey } from '../io/keys.js';
import { configKey } from './manifest.js';

/** What of a build's options its outputs depend on (build.ts's settled options). */
export type KeyOptions = Pick<ValidateOptions, 'schema' | 'rules' | 'bundledRules' | 'severities'> & { targets: readonly TargetName[]; text?: TextOptions; baseUrl?: string };

const LIB = fileURLToPath(new URL('../', import.meta.url));

/**
 * The key of everything a build's outputs depend on besides the documents and the register.
 * @param options the build's options.
 */
export async function buildKey(options: KeyOptions): Promise<string> {
  const parts: (string | Uint8Array)[] = [options.targets.join(','), `text-header=${options.text?.textHeader === true} notes=${options.text?.notes === true}`, `base-url=${options.baseUrl ?? ''}`];
  parts.push(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const dir of ['sef', 'schemas']) {
    const names = (await readdir(`${LIB}${dir}`).catch(() => [] as string[])).sort();
    for (const n of names) parts.push(n, await readFile(`${LIB}${dir}/${n}`));
  }
  const rules = options.rules === undefined ? [] : typeof options.rules === 'string' ? [options.rules] : options.rules;
  parts.push(`bundled rules ${options.bundledRules !== false}`, JSON.stringify(options.severities ?? null));
  // A user's schema and rules by their manifest key: one file named two ways is one configuration.
  for (const user of [options.schema, ...rules]) if (user) parts.push(manifestKey(user), await readFile(user).catch(() => ''));
  return configKey(parts);
}
