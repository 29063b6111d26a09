/**
 * What a run uses: each setting from its flag, else from the configuration file, else the
 * default (and, for `baseUrl`, the register after both). `--print-config` prints this.
 */
import type { SeveritySettings } from './severity.js';
import type { LoadedConfig } from './load.js';

/** The flags that have a configuration key. */
export interface SettingFlags {
  schema?: string;
  rules?: string[];
  /** False for `--no-bundled-rules`; commander's default `true` means "not given". */
  bundledRules?: boolean;
  out?: string;
  docsUrl?: string;
  baseline?: string;
  /** `--register`: the collection's register. */
  register?: string;
}

/** The settings of a run. */
export interface Settings {
  /** The configuration file, if one was read. */
  configFile?: string;
  schema?: string;
  rules: string[];
  bundledRules: boolean;
  ignore: string[];
  out: string;
  /** Overrides the register's base URL when set. */
  baseUrl?: string;
  docsUrl?: string;
  baseline?: string;
  /** The collection's register, when not found beside the documents. */
  register?: string;
  severities: SeveritySettings;
}

/**
 * Merges flags over the configuration.
 * @param flags the command's options.
 * @param loaded the configuration read by `loadConfig`.
 */
export function resolveSettings(flags: SettingFlags, loaded: LoadedConfig): Settings {
  const c = loaded.config;
  return {
    ...(loaded.file ? { configFile: loaded.file } : {}),
    ...pick('schema', flags.schema ?? c.schema),
    rules: flags.rules?.length ? flags.rules : (c.rules ?? []),
    bundledRules: flags.bundledRules === false ? false : (c.bundledRules ?? true),
    ignore: c.ignore ?? [],
    out: flags.out ?? c.out ?? 'dist',
    ...pick('baseUrl', c.baseUrl),
    ...pick('docsUrl', flags.docsUrl ?? c.docsUrl),
    ...pick('baseline', flags.baseline ?? c.baseline),
    ...pick('register', flags.register ?? c.register),
    severities: { base: loaded.base, severity: c.severity ?? {}, overrides: c.overrides ?? [] },
  };
}

function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * The settings as `--print-config` shows them: JSON with the configuration's keys.
 * @param s the settings.
 */
export function printSettings(s: Settings): string {
  const { severities, ...rest } = s;
  return `${JSON.stringify({ ...rest, severity: severities.severity, overrides: severities.overrides }, null, 2)}\n`;
}
