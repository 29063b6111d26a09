/**
 * What the diplomatic view (the page as typed, docs/encoding.md §5) must keep of a model
 * document, computed from the model: every word of the text and of the page furniture, in reading
 * order (foot of the old page, the page, head of the new page), a word split across pages in its
 * two typed parts with its hyphen; `choice` as typed (`sic`), additions in place. Editorial notes are not on the page. Double quotation marks are
 * left out on both sides (see `unquoted`). The view's own markers
 * (`[page N]`, `[… struck]`, `[… added above]`, documented in xslt/text/diplomatic.xsl) are taken out of the output
 * before comparing, so only the document's words are compared.
 */
import { AUTHOR, type Doc, type Node, reportNumber } from './model.js';

/** The furniture words around one page break, in reading order. */
function furniture(doc: Doc, control?: string[]): { foot: string[]; head: string[] } {
  const level = doc.level.text.split(' ');
  return { foot: [...level, ...(doc.copyNumber ? ['Copy', 'No.', '28'] : [])], head: [...level, ...(control ?? [])] };
}

function words(doc: Doc, nodes: readonly Node[]): string[] {
  return nodes.flatMap((n) => {
    const f = n.t === 'pb' || (n.t === 'split' && n.by === 'pb') ? furniture(doc, n.control) : { foot: [], head: [] };
    switch (n.t) {
      case 'word': return [n.w];
      case 'split': return [`${n.left}${n.hyphen}`, ...f.foot, ...f.head, n.right];
      case 'pb': return [...f.foot, ...f.head];
      case 'lb': return [];
      case 'choice': return n.sic;
      case 'add': return n.words;
      case 'note': return [];
      case 'el': return words(doc, n.children);
    }
  });
}

/** Words without double quotation marks: where the typist's marks fall against furniture blocks is
 * layout, and the reading view's check already pins them down. */
function unquoted(list: readonly string[]): string[] {
  return list.map((w) => w.replace(/"/g, '')).filter(Boolean);
}

/**
 * The document's words as the diplomatic view must show them.
 * @param doc the model.
 */
export function diplomaticWords(doc: Doc): string[] {
  const front = [...doc.series, AUTHOR, `R & A ${reportNumber(doc)}`, doc.dateText, ...doc.title].flatMap((s) => s.split(' '));
  const body = doc.paras.flatMap((p) => [...(p.pbBefore ? [...furniture(doc).foot, ...furniture(doc).head] : []), ...words(doc, p.children)]);
  const end = [...furniture(doc).foot, ...(doc.released ? ['APPROVED', 'FOR', 'RELEASE', 'DATE:', 'JAN', '2002'] : [])];
  return unquoted([...front, ...body, ...end]);
}

/**
 * The words of a diplomatic text without the view's markers.
 * @param text the `<id>.diplomatic.txt` file.
 */
export function withoutMarkers(text: string): string[] {
  return unquoted(text.replace(/\[page \d+\]/g, ' ').replace(/\[([^[]*?)\s+(?:struck|added(?:\s+[a-z]+)?)\]/g, '$1').split(/\s+/));
}
