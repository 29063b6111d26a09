/**
 * The registry of the editorial rules (docs/encoding.md §10, docs/rules.md): id → severity, summary and documentation
 * anchor. `schemas/edition.sch` has one `sch:pattern` per entry (a test keeps the two in step);
 * reporters use it for rule metadata (SARIF `rules`, help text).
 */
import type { Severity } from './diagnostic.js';

/** What a reporter needs to know about one rule. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** One line, as in docs/encoding.md §10. */
  summary: string;
  /** The rule's documentation: `docs/rules.md#<id>`, relative to the package. */
  url: string;
}

const TABLE: ReadonlyArray<readonly [string, Severity, string]> = [
  ['ref-resolves', 'error', 'Every local pointer (`@ref @source @ana @hand @facs @who @resp @rendition @corresp @target`) resolves to an `@xml:id`.'],
  ['ref-kind', 'error', 'A pointer points at the right kind of entry: `persName`→`person`, `placeName`→`place`, `orgName`→`org`, `title`→`bibl`, `quote/@source`→`bibl`, `rs` by its `@type`.'],
  ['name-has-ref', 'warning', 'A name element in the text has `@ref`.'],
  ['id-prefix', 'error', 'standOff ids carry the prefix of their kind.'],
  ['entity-unused', 'warning', 'A standOff entry is referenced from the text.'],
  ['authority-format', 'error', '`idno type="wikidata"` matches `Q[1-9][0-9]*`; `geonames` is digits.'],
  ['authority-present', 'warning', 'Each entity has an authority `idno` or a `note type="authority"`.'],
  ['authority-duplicate', 'warning', 'One authority id is not used by two entries.'],
  ['pb-n', 'error', '`pb/@n` is present and matches `\\[?[0-9]+\\]?`.'],
  ['pb-sequence', 'error', 'Page numbers run in order without gaps or repeats.'],
  ['pb-word-break', 'warning', 'A `pb` that splits a word has `break="no"`, and a `break="no"` has no whitespace before or after it (furniture between the parts ignored).'],
  ['fw-type', 'error', '`fw/@type` is in the closed list of docs/encoding.md §5.4 and `fw` has `@place`.'],
  ['stamp-in-fw', 'error', 'A `stamp` in the text sits inside `fw`, `ab` or `note` and has `@type`; a release stamp has ISO `@when`.'],
  ['classification-category', 'error', 'Each classification `fw` has `@ana` to a `tax_classification` category and its text matches it.'],
  ['classification-cancelled', 'error', 'When a release stamp exists, every classification marking is inside `del`.'],
  ['classification-consistent', 'warning', 'All markings share one level; every page has a foot marking and every page after the first a head marking.'],
  ['quote-source', 'error', 'Every `quote` has `@source` to a `bibl`.'],
  ['quote-marks-outside', 'error', 'A `quote` does not begin or end with a quotation mark.'],
  ['date-iso', 'error', '`@when @notBefore @notAfter @from @to` are ISO 8601.'],
  ['date-pairs', 'error', '`@from` with `@to`, `@notBefore` with `@notAfter`, and start ≤ end.'],
  ['date-inferred-resp', 'warning', 'A date whose year is not in its text and differs from the document year has `@resp`.'],
  ['doc-date-agrees', 'error', '`docDate/@when` = `creation/date/@when` = `origDate/@when`.'],
  ['rendition-declared', 'error', 'Every `@rendition` token resolves to `tagsDecl/rendition`.'],
  ['report-number-agrees', 'error', 'The report number in `msIdentifier` equals the one in the text.'],
  ['not-empty', 'error', '`p`, `persName`, `placeName`, `orgName`, `quote` are not empty.'],
  ['id-matches-file', 'error', '`TEI/@xml:id` equals the file\'s base name.'],
  ['title-stmt', 'error', 'One `title type="main"` and one `title type="sub"`.'],
  ['genre-parts', 'warning', 'A memorandum has To, From and Subject lines; a cable From, To and a signature; a letter a salutation and a signature.'],
  ['table-shape', 'warning', 'Every row of a table spans as many columns as its first row.'],
];

/** The toolkit's own checks on running a document (docs/rules.md, "Run checks"): exit code 2. */
const RUN_TABLE: ReadonlyArray<readonly [string, Severity, string]> = [
  ['io-file-name', 'error', 'A file name is valid UTF-8.'],
  ['build-write', 'error', 'A document\'s outputs can be written; if one cannot, none is.'],
  ['build-target', 'error', 'Every target renders the document without failing.'],
  ['output-is-input', 'error', 'No output replaces an input (by name, symbolic link or hard link).'],
  ['time-budget', 'error', 'A document is checked and rendered within `TEIKIT_MAX_SECONDS` (default 600).'],
  ['internal-error', 'error', 'The worker thread working on a document does not fail.'],
];

/** The checks of `build` on the collection (docs/rules.md, "Build checks"; source `io`). */
const BUILD_TABLE: ReadonlyArray<readonly [string, Severity, string]> = [
  ['build-duplicate-id', 'error', 'No two documents of a run share an `xml:id` (or output name).'],
  ['build-id-case', 'error', 'No two document ids differ only in case.'],
  ['build-reserved-id', 'error', 'A document id is not the name of a collection page.'],
  ['build-stale', 'warning', 'A document that failed keeps its earlier outputs, which are marked as not updated.'],
  ['build-resource', 'warning', 'A local file a document references exists inside the edition folder.'],
];

const info = ([id, severity, summary]: readonly [string, Severity, string]): [string, RuleInfo] => [id, { id, severity, summary, url: `docs/rules.md#${id}` }];
const RULES: ReadonlyMap<string, RuleInfo> = new Map(TABLE.map(info));
const RUN_RULES: ReadonlyMap<string, RuleInfo> = new Map(RUN_TABLE.map(info));
const BUILD_RULES: ReadonlyMap<string, RuleInfo> = new Map(BUILD_TABLE.map(info));

/**
 * The metadata of one rule, or undefined for an id that is not an editorial rule (a user's own
 * Schematron pattern, a parser check).
 * @param id the rule id (a pattern id of `schemas/edition.sch`).
 */
export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.get(id) ?? RUN_RULES.get(id) ?? BUILD_RULES.get(id);
}

/** The build checks: what a build finds about the collection (duplicate ids, stale outputs, …). */
export function buildChecks(): RuleInfo[] {
  return [...BUILD_RULES.values()];
}

/** The run checks: a document that could not be read, rendered, written or finished in time. */
export function runChecks(): RuleInfo[] {
  return [...RUN_RULES.values()];
}

/** Every editorial rule, in the order of docs/encoding.md §10. */
export function allRules(): RuleInfo[] {
  return [...RULES.values()];
}
