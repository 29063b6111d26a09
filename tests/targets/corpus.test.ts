/**
 * Real TEI from other projects (../shared/corpus, see its README): each document transforms to
 * text and JSON without a crash, the JSON validates against its schema, and the text keeps the
 * document's words. The gate's TEI-root check is relaxed here (`root: 'any'`) so that a fragment
 * such as a `surface` document still reaches the stylesheets.
 * Expected words: the text of the `text` element(s) (or the root when there is none) without the
 * parts the reading view leaves out by design (teiHeader, furniture, editorial notes, deletions,
 * the uncorrected side of `choice`, variant readings, figure descriptions). Words are compared as
 * lower-case letters and digits: every letter must be found, in order (the output may add labels).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../lib/pipeline/load.js';
import { parse } from '../../lib/pipeline/parse.js';
import { resolveLimits } from '../../lib/xml/limits.js';
import { renderOne } from '../../lib/targets/index.js';
import { saxonDocument, saxonJs } from '../../lib/xml/saxon.js';
import { ROOT, SHARED } from '../helpers/cli.js';

const CORPUS = join(SHARED, 'corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).sort() : [];

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/edition.schema.json'), 'utf8')) as object);

const LEFT_OUT = `let $texts := outermost(//text), $scope := if (exists($texts)) then $texts else /*
  return string-join($scope//text()[not(ancestor::teiHeader or ancestor::fw or ancestor::del or ancestor::rdg
    or ancestor::figDesc or ancestor::facsimile or ancestor::index or ancestor::interpGrp or ancestor::spanGrp
    or ancestor::linkGrp or ancestor::certainty or ancestor::precision or ancestor::respons or ancestor::alt or ancestor::altGrp
    or ancestor::timeline or ancestor::standOff or ancestor::sourceDoc or ancestor::witDetail or ancestor::rdgGrp or ancestor::note[@type = 'editorial' or @resp]
    or ancestor::*[parent::choice][not(. is ed:first(parent::choice))])], '')`;

/** Letters and digits only, lower-cased: layout, punctuation and labels are the targets' business. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function expectedText(tree: object): string {
  const xpath = LEFT_OUT.replace(/ed:first\(parent::choice\)/g, '(parent::choice/(corr, reg, expan), parent::choice/*)[1]');
  return String(saxonJs().XPath.evaluate(xpath, tree, { xpathDefaultNamespace: 'http://www.tei-c.org/ns/1.0' }));
}

/** How much of `want` is found, in order, in `have` (letters the output adds, such as labels, are skipped). */
function keptPrefix(want: string, have: string): number {
  let j = 0;
  for (let i = 0; i < want.length; i++) {
    j = have.indexOf(want[i]!, j);
    if (j < 0) return i;
    j++;
  }
  return want.length;
}

describe.skipIf(files.length === 0)('real TEI from ../shared/corpus (skipped: ../shared/corpus is absent)', () => {
  for (const f of files) {
    it(`transforms ${f} to text and json, keeping its words`, async () => {
      const file = join(CORPUS, f);
      const loaded = await loadDocument(file);
      if ('diagnostic' in loaded) throw new Error(loaded.diagnostic.message);
      const doc = parse(file, loaded.text, [], resolveLimits(), { root: 'any' });
      expect(doc.ok).toBe(true);
      const tree = await saxonDocument(doc.text);
      const input = { doc, tree, id: 'corpus' };
      const text = renderOne(input, 'text', { width: 0 });
      const json = JSON.parse(renderOne(input, 'json').output) as { text: string };
      expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
      expect(`${json.text}\n`).toBe(text.output);
      for (const d of text.diagnostics) expect(d.ruleId).toBe('unhandled-element');

      const want = letters(expectedText(tree));
      const have = letters(text.output);
      const kept = keptPrefix(want, have);
      expect(kept, `the text keeps ${kept} of ${want.length} letters in order; next expected: ${want.slice(kept, kept + 60)}`).toBe(want.length);
    });
  }
});
