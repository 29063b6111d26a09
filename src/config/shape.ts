/**
 * The shape of a configuration (what `schemas/config.schema.json` describes for editors), checked
 * by hand so that a wrong key or value names itself: "Unexpected key `severty` in
 * `teikit.config.json`, expected one of …".
 */

/** What a rule can be set to. */
export type RuleLevel = 'off' | 'warning' | 'error';

/** Severities for some files. */
export interface Override {
  /** Path patterns, relative to the configuration's folder. */
  files: string[];
  severity: Record<string, RuleLevel>;
}

/** A configuration file's content. */
export interface ConfigFile {
  $schema?: string;
  /** RELAX NG schema (default the bundled one). */
  schema?: string;
  /** Schematron files added to the bundled rules. */
  rules?: string[];
  /** False leaves the bundled rules out. */
  bundledRules?: boolean;
  /** Severity per rule id. */
  severity?: Record<string, RuleLevel>;
  /** Severity per rule id for files matching patterns; later entries win. */
  overrides?: Override[];
  /** Path patterns of documents never checked. */
  ignore?: string[];
  /** Output folder of `build`. */
  out?: string;
  /** The edition's base URL, over the register's (a preview site). */
  baseUrl?: string;
  /** The collection's register, when it is not `register.xml` beside the documents. */
  register?: string;
  /** Where the rule documentation is published (SARIF `helpUri`, summary links). */
  docsUrl?: string;
  /** Baseline file. */
  baseline?: string;
}

const KEYS = ['$schema', 'schema', 'rules', 'bundledRules', 'severity', 'overrides', 'ignore', 'out', 'baseUrl', 'docsUrl', 'baseline', 'register'];
const LEVELS: readonly string[] = ['off', 'warning', 'error'];

function fail(where: string, what: string, expected: string): never {
  throw new Error(`Unexpected ${what} in \`${where}\`, expected ${expected}`);
}

function strings(v: unknown, where: string, key: string): string[] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || list.some((s) => typeof s !== 'string' || !s)) fail(where, `value of \`${key}\``, 'a list of non-empty strings');
  return list as string[];
}

function levels(v: unknown, where: string, key: string): Record<string, RuleLevel> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(where, `value of \`${key}\``, 'an object of rule id → `off`, `warning` or `error`');
  if (Object.keys(v).includes('')) fail(where, `empty rule id in \`${key}\``, 'rule ids');
  for (const [id, level] of Object.entries(v)) {
    if (!LEVELS.includes(level as string)) fail(where, `level ${JSON.stringify(level)} of \`${key}.${id}\``, '`off`, `warning` or `error`');
  }
  return { ...(v as Record<string, RuleLevel>) };
}

function text(v: unknown, where: string, key: string): string {
  if (typeof v !== 'string' || !v) fail(where, `value of \`${key}\``, 'a non-empty string');
  return v;
}

/**
 * Checks a parsed configuration.
 * @param raw the parsed JSON.
 * @param where the file's name, for messages.
 * @throws Error naming the first key or value that is wrong.
 */
export function checkConfig(raw: unknown, where: string): ConfigFile {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(where, 'value', 'a JSON object');
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) fail(where, `key \`${k}\``, `one of ${KEYS.map((x) => `\`${x}\``).join(', ')}`);
  const c: ConfigFile = {};
  if (o.$schema !== undefined) c.$schema = text(o.$schema, where, '$schema');
  for (const k of ['schema', 'out', 'baseUrl', 'docsUrl', 'baseline', 'register'] as const) if (o[k] !== undefined) c[k] = text(o[k], where, k);
  if (o.rules !== undefined) c.rules = strings(o.rules, where, 'rules');
  if (o.ignore !== undefined) c.ignore = strings(o.ignore, where, 'ignore');
  if (o.bundledRules !== undefined) {
    if (typeof o.bundledRules !== 'boolean') fail(where, 'value of `bundledRules`', '`true` or `false`');
    c.bundledRules = o.bundledRules;
  }
  if (o.severity !== undefined) c.severity = levels(o.severity, where, 'severity');
  if (o.overrides !== undefined) {
    if (!Array.isArray(o.overrides)) fail(where, 'value of `overrides`', 'a list of `{ "files": […], "severity": {…} }`');
    c.overrides = o.overrides.map((x: unknown, i: number) => {
      const e = (x ?? {}) as Record<string, unknown>;
      const extra = Object.keys(e).find((k) => k !== 'files' && k !== 'severity');
      if (extra) fail(where, `key \`overrides[${i}].${extra}\``, '`files` and `severity`');
      return { files: strings(e.files, where, `overrides[${i}].files`), severity: levels(e.severity, where, `overrides[${i}].severity`) };
    });
  }
  for (const k of ['baseUrl', 'docsUrl'] as const) {
    if (c[k] !== undefined && !/^https?:\/\/\S+$/.test(c[k])) fail(where, `value of \`${k}\``, 'an absolute `http:` or `https:` URL');
  }
  return c;
}
