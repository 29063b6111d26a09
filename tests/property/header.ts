/**
 * The teiHeader (docs/encoding.md §3) and the standOff register (§4) of a random document. The header
 * is the minimal structure of the valid fixture tests/fixtures/valid/memo-confidential, with the
 * document's id, date, titles and classification level filled in.
 */
import type { Doc, Entry } from './model.js';
import { reportNumber } from './model.js';
import { xmlEscape as x } from './words.js';

const LEVEL_NAMES: Record<string, string> = { cls_ts: 'Top Secret', cls_s: 'Secret', cls_c: 'Confidential', cls_u: 'Unclassified' };

/**
 * The teiHeader.
 * @param doc the model.
 */
export function header(doc: Doc): string {
  const title = x(doc.title.join(' '));
  const categories = Object.entries(LEVEL_NAMES).map(([id, name]) => `<category xml:id="${id}"><catDesc>${name}</catDesc></category>`).join('\n          ');
  return `<teiHeader>
    <fileDesc>
      <titleStmt>
        <title type="main">${title}</title>
        <title type="sub">Generated report ${x(reportNumber(doc))}: a random test document of the teikit toolkit</title>
        <author><orgName ref="#org_oss_ra">Research and Analysis Branch</orgName></author>
        <respStmt xml:id="resp_encoding"><resp>TEI encoding</resp><name>the teikit editors</name></respStmt>
      </titleStmt>
      <editionStmt><edition n="1">Generated</edition></editionStmt>
      <publicationStmt>
        <publisher>teikit</publisher>
        <date when="2026-11-27">27 November 2026</date>
        <idno type="local">${doc.id}</idno>
        <availability status="free">
          <licence>A generated document in the public domain.</licence>
          <licence>The encoding is licensed under CC BY 4.0.</licence>
        </availability>
      </publicationStmt>
      <sourceDesc>
        <msDesc>
          <msIdentifier>
            <collection>Generated documents</collection>
            <altIdentifier type="reportNumber"><idno>R &amp; A ${x(reportNumber(doc))}</idno></altIdentifier>
          </msIdentifier>
          <msContents>
            <msItem>
              <author><orgName ref="#org_oss_ra">Research and Analysis Branch</orgName></author>
              <title type="series">${x(doc.series.join(' '))}</title>
              <title type="main">${title}</title>
              <textLang mainLang="en">English</textLang>
            </msItem>
          </msContents>
          <physDesc>
            <objectDesc form="typescript"><supportDesc><extent>Generated pages.</extent></supportDesc></objectDesc>
            <handDesc hands="3">
              <handNote xml:id="h_typescript" scope="major" medium="typescript">The typed text.</handNote>
              <handNote xml:id="h_declass" scope="minor">The declassification.</handNote>
              <handNote xml:id="h_annotator" scope="minor" medium="pencil">A reader's additions.</handNote>
            </handDesc>
          </physDesc>
          <history><origin><origDate when="${doc.date}">${x(doc.dateText)}</origDate></origin></history>
        </msDesc>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <editorialDecl><correction><p>No silent correction.</p></correction></editorialDecl>
      <classDecl>
        <taxonomy xml:id="tax_classification">
          ${categories}
        </taxonomy>
      </classDecl>
    </encodingDesc>
    <profileDesc>
      <creation><date when="${doc.date}">${x(doc.dateText)}</date></creation>
      <langUsage><language ident="en">English</language></langUsage>
      <textClass><keywords scheme="#tax_classification"><term ref="#${doc.level.id}">${LEVEL_NAMES[doc.level.id]}</term></keywords></textClass>
    </profileDesc>
    <revisionDesc><change when="2026-11-27" who="#resp_encoding">Generated.</change></revisionDesc>
  </teiHeader>`;
}

const NAME_ELEMENT: Record<string, string> = { person: 'persName', place: 'placeName', org: 'orgName', event: 'eventName' };

function authority(e: Entry): string {
  return e.wikidata ? `<idno type="wikidata">${e.wikidata}</idno>` : '<note type="authority">No authority identifier verified yet.</note>';
}

function entry(e: Entry): string {
  const name = x(e.name.join(' '));
  if (e.kind === 'event') return `<event xml:id="${e.id}" when="1945-04"><eventName>${name}</eventName>${authority(e)}</event>`;
  if (e.kind in NAME_ELEMENT) return `<${e.kind} xml:id="${e.id}"><${NAME_ELEMENT[e.kind]}>${name}</${NAME_ELEMENT[e.kind]}>${authority(e)}</${e.kind}>`;
  return `<bibl type="${e.kind}" xml:id="${e.id}"><title${e.kind === 'periodical' ? ' level="j"' : ''}>${name}</title></bibl>`;
}

/**
 * The standOff register: the document's entries and the issuing office.
 * @param doc the model.
 */
export function standOff(doc: Doc): string {
  const of = (...kinds: string[]) => doc.entries.filter((e) => kinds.includes(e.kind)).map(entry).join('\n      ');
  const office = '<org xml:id="org_oss_ra"><orgName>Research and Analysis Branch</orgName><note type="authority">None verified.</note></org>';
  return `<standOff>
    <listPerson>
      ${of('person')}
    </listPerson>
    <listOrg>
      ${office}
      ${of('org')}
    </listOrg>
    <listPlace>
      ${of('place')}
    </listPlace>
    <listEvent>
      ${of('event')}
    </listEvent>
    <listBibl>
      ${of('periodical', 'article', 'statement', 'treaty')}
    </listBibl>
  </standOff>`;
}
