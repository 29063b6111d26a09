/**
 * What `validate` and `build` do before checking: read the configuration, merge the flags over it,
 * answer `--print-config`, and select the documents (config `ignore`, empty input, `--changed`,
 * `--shard`).
 */
import { loadConfig } from '../config/load.js';
import { printSettings, resolveSettings, type Settings } from '../config/settings.js';
import { type Inputs, selectInputs } from '../io/inputs.js';
import type { CliIo } from './io.js';

/** The options `validate` and `build` share. */
export interface SharedCliOptions {
  format: string;
  config?: string;
  schema?: string;
  rules?: string[];
  bundledRules?: boolean;
  docsUrl?: string;
  /** `--register <file>`. */
  register?: string;
  printConfig?: boolean;
  allowEmpty?: boolean;
  /** `--changed` alone is `true` (then `HEAD`). */
  changed?: string | boolean;
  shard?: string;
  quiet?: boolean;
  maxWarnings?: number;
  sarif?: string;
  summary?: string;
  debug?: boolean;
}

/** A run ready to start: its settings and documents. */
export interface Prepared {
  settings: Settings;
  inputs: Inputs;
  /** The ref of `--changed`, if given. */
  changed?: string;
}

/**
 * Settings and documents of a run; a number when the command ends here (`--print-config`).
 * @param paths files or folders.
 * @param opts the command's options.
 * @param extra flags only one command has (`out`, `baseline`).
 * @param io output streams.
 * @throws Error when the configuration is wrong or no document is found (exit 2).
 */
export async function prepare(paths: string[], opts: SharedCliOptions, extra: { out?: string; baseline?: string }, io: CliIo): Promise<Prepared | number> {
  const settings = await loadSettings(opts, extra);
  if (opts.printConfig) {
    io.out(printSettings(settings));
    return 0;
  }
  const changed = opts.changed === undefined || opts.changed === false ? undefined : opts.changed === true ? 'HEAD' : opts.changed;
  const shared = [settings.configFile === 'package.json#teikit' ? 'package.json' : settings.configFile, settings.schema, settings.register, ...settings.rules].filter((f): f is string => Boolean(f));
  const inputs = await selectInputs(paths, {
    ignore: settings.ignore,
    base: settings.severities.base,
    allowEmpty: opts.allowEmpty,
    changed,
    shared,
    shard: opts.shard,
  });
  return { settings, inputs, ...(changed ? { changed } : {}) };
}

/**
 * The settings of a run: flags over the configuration file.
 * @param opts the command's options.
 * @param extra flags only one command has (`out`, `baseline`).
 * @throws Error when the configuration is wrong.
 */
export async function loadSettings(opts: SharedCliOptions, extra: { out?: string; baseline?: string }): Promise<Settings> {
  return resolveSettings({ ...extra, schema: opts.schema, rules: opts.rules, bundledRules: opts.bundledRules, docsUrl: opts.docsUrl, register: opts.register }, await loadConfig(opts.config));
}
