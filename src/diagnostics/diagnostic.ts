/**
 * The one shape every checker reports in (well-formedness, RELAX NG, Schematron, XSLT, I/O).
 * Positions are 1-based; `column` counts UTF-16 code units from the start of the line.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Which stage of the pipeline found the problem. */
export type DiagnosticSource = 'xml' | 'relaxng' | 'schematron' | 'xslt' | 'io';

/** A finding about one place in one file. */
export interface Diagnostic {
  /** Path of the file as the user named it (relative paths stay relative). */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** Stable id: a Schematron pattern id, or a parser / schema / I/O check id. */
  ruleId: string;
  source: DiagnosticSource;
  /** "Unexpected X, expected Y", with names in backticks. */
  message: string;
  /** XPath of the node the finding is about, where the checker knows it. */
  xpath?: string;
  /** Documentation of the rule. */
  url?: string;
  /** Recorded in the baseline (`--baseline`): reported, but it does not fail the run. */
  baselined?: boolean;
}

/** The diagnostics of one file, in the order the stages found them. */
export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

/**
 * Makes a diagnostic; position defaults to the start of the file.
 * @param fields the diagnostic's fields; `line` and `column` default to 1.
 */
export function diagnostic(
  fields: Omit<Diagnostic, 'line' | 'column'> & { line?: number; column?: number },
): Diagnostic {
  const { line = 1, column = 1, ...rest } = fields;
  return { ...rest, line, column } as Diagnostic;
}

/** Counts of a result set, as reporters and exit codes need them. */
export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  /** Findings recorded in the baseline, not counted above. */
  baselined: number;
}

/**
 * Adds up the severities of all diagnostics; baselined ones are counted apart.
 * @param results one entry per file checked.
 */
export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, files: results.length, baselined: 0 };
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.baselined) t.baselined++;
      else if (d.severity === 'error') t.errors++;
      else if (d.severity === 'warning') t.warnings++;
      else t.infos++;
    }
  }
  return t;
}

/**
 * Orders diagnostics by position, then rule id, so that reports are deterministic.
 * @param list diagnostics of one file.
 */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}
