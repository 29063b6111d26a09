/**
 * The collection model on its own: pointers resolved relative to each document (into the register
 * or the document's own entries), documents ordered by date, withdrawn documents with successors,
 * unused register entries, a search index that is the same bytes for the same collection, and
 * pages that render the same from the parts of the model they are given.
 */
import { describe, expect, it } from 'vitest';
import { type CollectionDocument, collectionModel, unusedRegisterEntries } from '../../src/targets/collection-model.js';
import { searchIndexScript } from '../../src/targets/collection-search.js';
import { COLLECTION_SEF, type CollectionPageName, collectionPage, documentRecord, pageModel, renderPage } from '../../src/targets/collection-stylesheet.js';
import { collectionOutputs, renderCollectionOutputs } from '../../src/targets/collection-outputs.js';
import { loadSef, saxonDocument, saxonJs } from '../../src/saxon/load.js';
import type { DocumentRecord, RegisterFacts } from '../../src/targets/collection-model.js';

const record = (over: Partial<DocumentRecord>): DocumentRecord => ({
  id: '', title: '', subtitle: '', date: '', reportNumber: '', classification: '', released: '', resources: [], entities: [], occurrences: [], pages: [], ...over,
});
const facts: RegisterFacts = {
  title: 'T', publisher: 'P', licence: 'L', licenceUrl: 'https://l.example/', baseUrl: 'https://c.example/',
  entries: [
    { id: 'per_a', kind: 'person', label: 'Anna', authorities: [], note: '', path: '/x' },
    { id: 'pl_b', kind: 'place', label: 'Berlin', authorities: [], note: '', path: '/y' },
  ],
  withdrawn: [{ id: 'old', successor: 'd2', note: 'Replaced.' }],
};
const docs: CollectionDocument[] = [
  { key: 'ed/sub/d2.xml', id: 'd2', files: ['d2.html'], stale: false, record: record({ title: 'Two', date: '1945-05-01', occurrences: [{ n: 1, pointers: ['../register.xml#per_a', 'register.xml#pl_b'], page: '1', anchor: 'occ-1', text: 'Anna' }] }) },
  { key: 'ed/d1.xml', id: 'd1', files: ['d1.html', 'tei/d1.xml'], stale: true, record: record({
    title: 'One', date: '1945-04-01',
    entities: [{ id: 'per_c', kind: 'person', label: 'Carl', authorities: [] }],
    occurrences: [{ n: 1, pointers: ['register.xml#per_a', '#per_c', 'https://x.example/#a'], page: '', anchor: 'occ-1', text: 'A' }],
    pages: [{ page: '', anchor: 'text', text: 'Anna met Carl' }],
  }) },
];

describe('the collection model', () => {
  const model = collectionModel(docs, { key: 'ed/register.xml', facts }, [{ id: 'old', title: 'Old' }]);

  it('orders documents by date and gives each its address and formats', () => {
    expect(model.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(model.documents[0]).toMatchObject({ url: 'https://c.example/d1.html', stale: true, files: { html: 'd1.html', tei: 'tei/d1.xml' } });
  });

  it('resolves pointers relative to each document: into the register or its own entries', () => {
    const anna = model.entities.find((e) => e.id === 'per_a')!;
    expect(anna.occurrences.map((o) => o.doc)).toEqual(['d1', 'd2']);
    // From ed/sub/, `register.xml#pl_b` names ed/sub/register.xml, not the register.
    expect(model.entities.find((e) => e.id === 'pl_b')!.occurrences).toEqual([]);
    const carl = model.entities.find((e) => e.id === 'per_c')!;
    expect(carl).toMatchObject({ anchor: 'd1.per_c', document: { id: 'd1', href: 'd1.html#per_c' } });
    expect(carl.occurrences).toHaveLength(1);
    expect(unusedRegisterEntries(model, facts).map((e) => e.id)).toEqual(['pl_b']);
  });

  it('names the successor of a withdrawn document when the register does', () => {
    expect(model.withdrawn).toEqual([{ id: 'old', title: 'Old', note: 'Replaced.', successor: { id: 'd2', title: 'Two', href: 'd2.html' } }]);
  });

  it('takes a configured base URL over the register', () => {
    expect(collectionModel(docs, { key: 'ed/register.xml', facts }, [], 'https://preview.example/').documents[0].url).toBe('https://preview.example/d1.html');
  });

  it('builds the same search index for the same collection', () => {
    const a = searchIndexScript(docs);
    expect(searchIndexScript([...docs])).toBe(a);
    expect(a.startsWith('window.teikitSearch = {')).toBe(true);
    expect(a).toContain('d1.html#text');
  });
});

describe('the collection pages and the parts of the model they are given', () => {
  const model = collectionModel(docs, { key: 'ed/register.xml', facts }, [{ id: 'old', title: 'Old' }]);
  // The page from the whole model, as the stylesheet would render it without pageModel.
  const whole = (template: CollectionPageName, withdrawnId = ''): string => String(saxonJs().transform({
    stylesheetInternal: loadSef(COLLECTION_SEF), initialTemplate: `Q{urn:teikit:collection}${template}`, destination: 'serialized',
    stylesheetParams: { 'Q{urn:teikit:collection}model': JSON.stringify(model), 'Q{urn:teikit:collection}withdrawn-id': withdrawnId },
  }, 'sync').principalResult);

  it('renders every page from its own parts exactly as from the whole model', () => {
    for (const template of ['index', 'names', 'search'] as const) expect(collectionPage(template, model), template).toBe(whole(template));
    expect(collectionPage('withdrawn', model, 'old')).toBe(whole('withdrawn', 'old'));
  });

  it('are the same files whoever renders the pages (a build renders them in its workers, in any order)', async () => {
    const here = collectionOutputs(model, docs);
    const rendered: string[] = [];
    // Renders the last request first, as workers that finish out of order would.
    const elsewhere = await renderCollectionOutputs(model, docs, async (requests) => {
      const out = [...requests].reverse().map((r) => { rendered.push(`${r.template}:${r.withdrawnId}`); return renderPage(JSON.parse(JSON.stringify(r))); });
      return out.reverse();
    });
    expect(elsewhere).toEqual(here);
    expect(rendered.sort()).toEqual(['index:', 'names:', 'search:', 'withdrawn:old']);
    expect(here.find((f) => f.name === 'old.html')!.content).toBe(whole('withdrawn', 'old'));
  });

  it('gives the index no occurrences of names and the index of names no documents', () => {
    expect(pageModel('index', model).entities).toEqual([]);
    expect(pageModel('index', model).documents).toEqual(model.documents);
    expect(pageModel('names', model).documents).toEqual([]);
    expect(pageModel('names', model).entities).toEqual(model.entities);
  });
});

describe('a document\'s record, read from its tree', () => {
  const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="d9"><teiHeader><fileDesc><titleStmt><title>Nine</title></titleStmt>
    <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>
    <encodingDesc><listPrefixDef><prefixDef ident="reg" matchPattern="([a-z_]+)" replacementPattern="../register.xml#$1"/></listPrefixDef></encodingDesc></teiHeader>
    <text><body><p>Before any page <persName ref="reg:per_a #per_b">Anna\tof
      Berlin</persName>.</p><pb/><p>First <note>not read</note>page, <rs ref="">nobody</rs>,
      <quote source="reg:bibl_x">a	saying</quote>.</p><pb n="[7]"/><p>Last <placeName ref="https://x.example/#p">Paris</placeName></p><pb n="8"/></body></text></TEI>`;

  it('numbers the occurrences and pages as the HTML does, with expanded pointers and normalised text', async () => {
    const record = documentRecord(await saxonDocument(tei));
    expect(record.occurrences).toEqual([
      { n: 1, pointers: ['../register.xml#per_a', '#per_b'], page: '', anchor: 'occ-1', text: 'Anna of Berlin' },
      { n: 2, pointers: [], page: '1', anchor: 'occ-2', text: 'nobody' },
      { n: 3, pointers: ['../register.xml#bibl_x'], page: '1', anchor: 'occ-3', text: 'a saying' },
      { n: 4, pointers: ['https://x.example/#p'], page: '7', anchor: 'occ-4', text: 'Paris' },
    ]);
    expect(record.pages).toEqual([
      { page: '', anchor: 'text', text: 'Before any page Anna of Berlin.' },
      { page: '1', anchor: 'page-1', text: 'First page, nobody, a saying.' },
      { page: '7', anchor: 'page-7', text: 'Last Paris' },
      { page: '8', anchor: 'page-8', text: '' },
    ]);
    expect(record.uses).toEqual(['../register.xml#bibl_x', '../register.xml#per_a']);
  });

  it('has no pages before the first break when no words stand there, and none at all without text', async () => {
    const noLead = documentRecord(await saxonDocument(tei.replace(/<p>Before any page[\s\S]*?<\/p>/, '<p> </p>')));
    expect(noLead.pages!.map((p) => p.anchor)).toEqual(['page-1', 'page-7', 'page-8']);
    expect(noLead.occurrences[0]).toMatchObject({ n: 1, page: '1', text: 'nobody' });
    const empty = documentRecord(await saxonDocument(tei.replace(/<body>[\s\S]*<\/body>/, '<body><p/></body>')));
    expect(empty).toMatchObject({ title: 'Nine', occurrences: [], pages: [], uses: [] });
  });
});
