/**
 * Rule severities from the configuration, applied to a document's findings: `severity` sets a
 * rule's level everywhere, `overrides` for the files matching their patterns (later entries
 * win). `off` drops the finding. A rule id may end in `*` (`relaxng-*`). Findings that stop a
 * document from being checked at all (`xml` and `io` sources) keep their severity: turning them
 * down would hide that nothing else was checked.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { matchesAny } from './glob.js';
import type { Override, RuleLevel } from './shape.js';

/** The severity part of a configuration (plain data: it crosses into worker threads). */
export interface SeveritySettings {
  /** The folder the override patterns are relative to. */
  base: string;
  severity: Record<string, RuleLevel>;
  overrides: Override[];
}

function levelOf(table: Record<string, RuleLevel>, ruleId: string): RuleLevel | undefined {
  if (Object.hasOwn(table, ruleId)) return table[ruleId];
  let best: [number, RuleLevel] | undefined;
  for (const [key, level] of Object.entries(table)) {
    if (!key.endsWith('*') || !ruleId.startsWith(key.slice(0, -1))) continue;
    if (!best || key.length > best[0]) best = [key.length, level];
  }
  return best?.[1];
}

/**
 * Whether the settings change anything.
 * @param s the settings.
 */
export function hasSeverities(s: SeveritySettings | undefined): s is SeveritySettings {
  return Boolean(s && (Object.keys(s.severity).length || s.overrides.length));
}

/**
 * The findings of one file with the configured severities.
 * @param file the document (as the user named it).
 * @param diagnostics its findings.
 * @param s the settings; undefined changes nothing.
 */
export function applySeverity(file: string, diagnostics: readonly Diagnostic[], s: SeveritySettings | undefined): Diagnostic[] {
  if (!hasSeverities(s)) return [...diagnostics];
  const tables = [s.severity, ...s.overrides.filter((o) => matchesAny(file, o.files, s.base)).map((o) => o.severity)];
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.source === 'xml' || d.source === 'io') {
      out.push(d);
      continue;
    }
    let level: RuleLevel | undefined;
    for (const t of tables) level = levelOf(t, d.ruleId) ?? level;
    if (level === 'off') continue;
    out.push(level && level !== d.severity ? { ...d, severity: level } : d);
  }
  return out;
}
