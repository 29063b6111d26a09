/**
 * The configuration file: `teikit.config.json`, or the `teikit` key of `package.json`, in the
 * working folder (or the file `--config` names). Its shape is `schemas/config.schema.json`; this
 * checks the same shape by hand, so a mistake is exit 2 with the key that is wrong, and resolves
 * the paths it names against the folder of the file.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { checkConfig, type ConfigFile } from './shape.js';

/** A configuration as read, with where it came from. */
export interface LoadedConfig {
  /** The file, as the user could open it; undefined when there is none. */
  file?: string;
  /** The folder its path patterns are relative to. */
  base: string;
  config: ConfigFile;
}

/** The name of the configuration file teikit looks for. */
export const CONFIG_NAME = 'teikit.config.json';

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`Unexpected JSON in \`${file}\`: ${(err as Error).message}, expected a JSON object`);
  }
}

/**
 * Finds and reads the configuration.
 * @param explicit the file `--config` names, if given (then it must exist).
 * @param cwd where to look; default the working folder.
 * @throws Error when the file cannot be read or has the wrong shape.
 */
export async function loadConfig(explicit?: string, cwd: string = process.cwd()): Promise<LoadedConfig> {
  if (explicit) {
    const raw = await readJson(resolve(cwd, explicit)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw new Error(`Unexpected configuration \`${explicit}\`, expected an existing file`);
      throw err;
    });
    return withPaths(explicit, raw, cwd);
  }
  const own = join(cwd, CONFIG_NAME);
  const raw = await readJson(own).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(err)));
  if (raw !== undefined) return withPaths(CONFIG_NAME, raw, cwd);
  const pkg = (await readJson(join(cwd, 'package.json')).catch(() => undefined)) as Record<string, unknown> | undefined;
  if (pkg && typeof pkg === 'object' && pkg.teikit !== undefined) return withPaths('package.json', pkg.teikit, cwd, 'package.json#teikit');
  return { base: cwd, config: {} };
}

/** Checks the shape, and makes the paths the file names relative to the working folder. */
function withPaths(file: string, raw: unknown, cwd: string, shown = file): LoadedConfig {
  const config = checkConfig(raw, shown);
  const base = dirname(resolve(cwd, file));
  const path = (p: string): string => relative(cwd, resolve(base, p)) || '.';
  if (config.schema) config.schema = path(config.schema);
  if (config.rules) config.rules = config.rules.map(path);
  if (config.out) config.out = path(config.out);
  if (config.baseline) config.baseline = path(config.baseline);
  if (config.register) config.register = path(config.register);
  return { file: shown, base, config };
}
