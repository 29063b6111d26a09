/**
 * A model document as TEI XML (docs/encoding.md §2, §5): the header block in `front`, the report's
 * paragraphs, pages numbered `[1]`, `[2]`, … in document order with their furniture in reading
 * order (foot of the old page, `pb`, head of the new page; no whitespace at all around a
 * `pb break="no"`), the release stamp on the last page of a released document. Optionally one
 * fault (fault.ts) in a paragraph of its own line, to check that it is found where it is.
 */
import type { Doc, Inline, Node } from './model.js';
import { AUTHOR, reportNumber } from './model.js';
import { header, standOff } from './header.js';
import { xmlEscape as x } from './words.js';

/** The page counter of one serialisation. */
interface Context {
  doc: Doc;
  page: number;
}

function marking(doc: Doc, place: 'top' | 'bottom'): string {
  const text = doc.released ? `<del rend="strikethrough" hand="#h_declass">${doc.level.text}</del>` : doc.level.text;
  return `<fw type="classification" place="${place}" ana="#${doc.level.id}">${text}</fw>`;
}

function foot(doc: Doc): string[] {
  return [marking(doc, 'bottom'), ...(doc.copyNumber ? ['<fw type="copyNumber" place="bottom">Copy No. 28</fw>'] : [])];
}

function pageBreak(ctx: Context, inWord: boolean, control?: string[]): string {
  ctx.page += 1;
  const pb = `<pb n="[${ctx.page}]"${inWord ? ' break="no"' : ''}/>`;
  const extra = control ? [`<fw type="control" place="margin">${x(control.join(' '))}</fw>`] : [];
  return [...foot(ctx.doc), pb, marking(ctx.doc, 'top'), ...extra].join(inWord ? '' : '\n');
}

function open(el: Inline): string {
  switch (el.name) {
    case 'persName': case 'placeName': case 'orgName': return `<${el.name} ref="#${el.ref}">`;
    case 'rs': return `<rs type="${el.type}" ref="${el.refs.map((r) => `#${r}`).join(' ')}">`;
    case 'title': return `<title level="j" ref="#${el.ref}">`;
    case 'quote': return `<quote source="#${el.source}"${el.indirect ? ' type="indirect"' : ''}>`;
    case 'date': return `<date${Object.entries(el.attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}>`;
    case 'num': return `<num value="${el.value}">`;
  }
}

function node(ctx: Context, n: Node): string {
  switch (n.t) {
    case 'word': return word(n.w, n.enc);
    case 'split': return `${x(n.left)}${n.hyphen}${n.by === 'pb' ? pageBreak(ctx, true, n.control) : '<lb break="no"/>'}${x(n.right)}`;
    case 'lb': return '<lb/>';
    case 'choice': {
      const [sic, corr] = [`<sic>${x(n.sic.join(' '))}</sic>`, `<corr>${x(n.corr.join(' '))}</corr>`];
      return `<choice>${n.corrFirst ? corr + sic : sic + corr}</choice>`;
    }
    case 'add': return `<add hand="#h_annotator" place="${n.place}">${x(n.words.join(' '))}</add>`;
    case 'pb': return pageBreak(ctx, false, n.control);
    case 'note': return `<note type="editorial" resp="#resp_encoding">${x(n.words.join(' '))}</note>`;
    case 'el': {
      const pad = n.pad ? '\n ' : '';
      const inner = `${open(n.el)}${pad}${nodes(ctx, n.children)}${pad}</${n.el.name}>`;
      return n.el.name === 'quote' && n.el.marks ? `"${inner}"` : inner;
    }
  }
}

/** A word in one of the ways XML may write the same text. */
function word(w: string, enc?: 'refs' | 'cdata' | 'comment'): string {
  if (enc === 'refs') return [...w].map((c) => (/[a-zA-Z0-9]/.test(c) ? c : `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`)).join('');
  if (enc === 'cdata') return `<![CDATA[${w.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
  if (enc === 'comment' && [...w].length > 1) {
    const cut = [...w];
    const half = Math.ceil(cut.length / 2);
    return `${x(cut.slice(0, half).join(''))}<!-- cut -->${x(cut.slice(half).join(''))}`;
  }
  return x(w);
}

/** Nodes with whitespace between them (a line break now and then), none before a glued note. */
function nodes(ctx: Context, list: readonly Node[]): string {
  return list.map((n, i) => (i === 0 || (n.t === 'note' && n.glued) ? '' : i % 7 === 3 ? '\n          ' : ' ') + node(ctx, n)).join('');
}

/** A document's XML and, when a fault was put in, the line of that fault. */
export interface Serialized {
  xml: string;
  faultLine?: number;
}

/**
 * The document as XML.
 * @param doc the model.
 * @param fault markup of a faulty paragraph's content, given the next page number.
 */
export function serialize(doc: Doc, fault?: (nextPage: number) => string): Serialized {
  const ctx: Context = { doc, page: 1 };
  const paras = doc.paras.map((p, i) =>
    `${p.pbBefore ? `${pageBreak(ctx, false)}\n        ` : ''}<p xml:id="p_${i + 1}">${nodes(ctx, p.children)}</p>`);
  const faulty = fault ? `<p xml:id="p_fault">${fault(ctx.page + 1)}</p>` : undefined;
  const stamp = doc.released
    ? ['<fw type="releaseStamp" place="bottom" hand="#h_declass"><stamp type="release" when="2002-01">APPROVED FOR RELEASE<lb/>DATE: JAN 2002</stamp></fw>']
    : [];
  const before = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${doc.id}" xml:lang="en">
  ${header(doc)}
  ${standOff(doc)}
  <text>
    <front>
      <pb n="[1]"/>
      <titlePage>
        <docTitle><titlePart type="series">${x(doc.series.join(' '))}</titlePart></docTitle>
        <byline><docAuthor><orgName ref="#org_oss_ra">${AUTHOR}</orgName></docAuthor></byline>
        <docImprint><idno type="reportNumber">R &amp; A ${x(reportNumber(doc))}</idno><lb/><docDate when="${doc.date}">${x(doc.dateText)}</docDate></docImprint>
        <docTitle><titlePart type="main">${x(doc.title.join(' '))}</titlePart></docTitle>
      </titlePage>
    </front>
    <body>
      <div type="report">
        ${paras.join('\n        ')}
`;
  const after = `      </div>
      ${[...foot(doc), ...stamp].join('\n      ')}
    </body>
  </text>
</TEI>
`;
  const eol = (s: string) => (doc.crlf ? s.replace(/\n/g, '\r\n') : s);
  if (faulty === undefined) return { xml: eol(before + after) };
  return { xml: eol(`${before}${faulty}\n${after}`), faultLine: before.split('\n').length };
}
