/**
 * A synthetic run for the reporter tests: several files; errors, warnings and infos from every
 * source; a clean file; an unreadable path; messages and paths with characters that each format
 * must escape (`<`, `&`, `"`, `]]>`, `%`, `:`, `,`, line breaks, a control character, non-ASCII);
 * one editorial rule of the registry (`name-has-ref`), the other ids unknown to it.
 */
import type { Diagnostic, FileResult } from '../../src/diagnostics/diagnostic.js';

const d = (fields: Partial<Diagnostic> & Pick<Diagnostic, 'file' | 'ruleId' | 'message'>): Diagnostic => ({
  line: 1,
  column: 1,
  severity: 'error',
  source: 'schematron',
  ...fields,
});

/** The results of a run over five paths, in the order the pipeline reports them. */
export const RESULTS: FileResult[] = [
  {
    file: 'edition/missing.xml',
    diagnostics: [d({ file: 'edition/missing.xml', ruleId: 'io-not-found', source: 'io', message: 'Unexpected path `edition/missing.xml`, expected an existing file or folder' })],
  },
  {
    file: 'edition/letters/a,b:c.xml',
    diagnostics: [
      d({ file: 'edition/letters/a,b:c.xml', line: 3, column: 17, endLine: 3, endColumn: 24, severity: 'error', source: 'relaxng', ruleId: 'rng-value', message: 'Unexpected `@type="<odd> & \\"quoted\\""`, expected one of `header`, `pageNum`' }),
      d({ file: 'edition/letters/a,b:c.xml', line: 12, column: 5, severity: 'warning', ruleId: 'pb-facs', message: 'Unexpected `pb` without `@facs`, expected a facsimile (100% of pages should have one)', xpath: '/TEI/text/pb[2]', url: 'https://example.org/rules#pb-facs' }),
      d({ file: 'edition/letters/a,b:c.xml', line: 40, column: 1, severity: 'info', source: 'xslt', ruleId: 'html-fallback', message: 'Unexpected element `ex`, expected a handled element:\r\nrendered its children' }),
    ],
  },
  { file: 'edition/letters/clean.xml', diagnostics: [] },
  {
    file: 'édition/über brief.xml',
    diagnostics: [
      d({ file: 'édition/über brief.xml', line: 2, column: 9, source: 'xml', ruleId: 'xml-well-formed', message: 'Unexpected text `]]>` in content\u0001, expected `]]&gt;` or a CDATA section' }),
      d({ file: 'édition/über brief.xml', line: 7, column: 30, severity: 'warning', ruleId: 'pb-facs', message: 'Unexpected `pb` without `@facs` after “𝔉olio 2r”, expected a facsimile' }),
    ],
  },
  {
    file: 'edition/notes.xml',
    diagnostics: [d({ file: 'edition/notes.xml', line: 5, column: 3, severity: 'warning', ruleId: 'name-has-ref', message: 'Unexpected `persName` without `@ref`, expected a pointer to `person` with `@place="margin"`', url: 'docs/rules.md#name-has-ref' })],
  },
];
