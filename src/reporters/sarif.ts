/**
 * `--format sarif`: a SARIF 2.1.0 log (OASIS SARIF 2.1.0) with one run of teikit: the tool with
 * the rules it reported, and one result per finding with its region (issue 3, Diagnostics).
 * Columns count UTF-16 code units, as every teikit diagnostic does (`columnKind`, §3.14.17);
 * file URIs are relative to the working folder, based on `%SRCROOT%` as code scanning expects
 * (files outside it get an absolute `file:` URI).
 */
import type { Location, Log, Result } from 'sarif';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileUri } from './paths.js';
import { LEVEL, ruleDescriptors } from './rule-descriptors.js';
import { toolInfo } from './tool.js';
import { jsonText } from './text.js';
import type { Reporter } from './types.js';

/** The JSON Schema a SARIF 2.1.0 log names in `$schema`. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

function location(d: Diagnostic, cwd?: string): Location {
  const uri = fileUri(d.file, cwd);
  return {
    physicalLocation: {
      artifactLocation: uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' },
      region: {
        startLine: d.line,
        startColumn: d.column,
        ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
        ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
      },
    },
    ...(d.xpath ? { logicalLocations: [{ fullyQualifiedName: d.xpath, kind: 'element' }] } : {}),
  };
}

/**
 * The SARIF log of a run.
 * @param diagnostics every diagnostic of the run.
 * @param cwd the folder file URIs are relative to.
 * @param docsUrl where the rule documentation is published (rule `helpUri`).
 */
export function sarifLog(diagnostics: readonly Diagnostic[], cwd?: string, docsUrl?: string): Log {
  const tool = toolInfo();
  const { rules, index } = ruleDescriptors(diagnostics, docsUrl);
  const results = diagnostics.map((d): Result => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(d, cwd)],
    properties: { source: d.source },
    // A finding recorded in the baseline (§3.27.24, §3.35): unchanged, and suppressed as accepted.
    ...(d.baselined ? { baselineState: 'unchanged' as const, suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: 'recorded in the baseline' }] } : {}),
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: tool.name, version: tool.version, informationUri: tool.informationUri, rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** `--format sarif`: a SARIF 2.1.0 log of every finding. */
export const sarif: Reporter = (results, options) =>
  `${jsonText(JSON.stringify(sarifLog(results.flatMap((r) => r.diagnostics), options.cwd, options.docsUrl), null, 2))}\n`;
