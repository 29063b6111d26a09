/**
 * Faults put into a random document, one at a time, each in a paragraph of its own line, with
 * the rule that must report it (docs/encoding.md §10 rule ids; `relaxng` for what the schema rejects).
 * The validator must find each fault as an error on that paragraph's line.
 */
import fc from 'fast-check';

/** A fault: the content of the faulty paragraph, given the number the next page would have. */
export interface Fault {
  name: string;
  content: (nextPage: number) => string;
  /** The ruleIds (or the source `relaxng`) of which one must report it. */
  rules: string[];
}

/** The faults, each a violation of one rule of docs/encoding.md. */
export const FAULTS: readonly Fault[] = [
  { name: 'dangling ref', content: () => 'See <persName ref="#per_nobody">Nobody</persName>.', rules: ['ref-resolves'] },
  { name: 'wrong kind of ref', content: () => 'See <persName ref="#pl_a">Somewhere</persName>.', rules: ['ref-kind'] },
  { name: 'impossible date', content: () => 'On <date when="1945-02-30">30 February 1945</date>.', rules: ['date-iso', 'relaxng'] },
  { name: 'reversed span', content: () => '<date from="1945-05-01" to="1945-04-01">May to April 1945</date>', rules: ['date-pairs'] },
  { name: 'marks inside quote', content: () => 'He said <quote source="#bibl_article_a">"no"</quote>.', rules: ['quote-marks-outside'] },
  { name: 'quote without source', content: () => 'He said "<quote>no</quote>".', rules: ['quote-source'] },
  { name: 'empty name', content: () => 'See <placeName ref="#pl_a"> </placeName>.', rules: ['not-empty'] },
  { name: 'page out of sequence', content: (n) => `Text <pb n="[${n + 1}]"/> more text.`, rules: ['pb-sequence'] },
  { name: 'page without number', content: () => 'Text <pb/> more text.', rules: ['pb-n'] },
  { name: 'unknown furniture', content: () => 'Text <fw type="stamp" place="top">X</fw> more.', rules: ['relaxng'] },
  { name: 'stamp in running text', content: () => 'Text <stamp type="release" when="2002-01">APPROVED</stamp>.', rules: ['stamp-in-fw'] },
  { name: 'undeclared rendition', content: () => 'Text <hi rendition="#r_nothing">bold</hi>.', rules: ['rendition-declared'] },
  { name: 'rs of an unknown kind', content: () => '<rs type="ship" ref="#per_a">the ship</rs>', rules: ['relaxng'] },
];

/** One of the faults. */
export const fault: fc.Arbitrary<Fault> = fc.constantFrom(...FAULTS);
