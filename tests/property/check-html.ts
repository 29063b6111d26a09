/**
 * Invariants of the HTML target on a random document (issue 7, HTML safety): the only scripts are
 * the edition's own asset and its JSON-LD data block (which must parse as JSON and cannot close
 * its element early); no link or source uses a `javascript:`, `data:` or `vbscript:` URL and no
 * element carries an inline event handler; every word of the text appears escaped, and a word
 * made of markup characters never appears raw.
 */
import { expect } from 'vitest';
import type { Doc, Node } from './model.js';

const ALLOWED_SCRIPTS = ['<script src="assets/view.js" defer>', '<script type="application/ld+json">'];

/**
 * Text as HTML must write it: `&` and `<` escaped (`>` may stay or be escaped).
 * @param s raw text.
 */
function escapings(s: string): string[] {
  const base = s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [...new Set([base, base.replace(/>/g, '&gt;'), base.replace(/"/g, '&quot;'), base.replace(/>/g, '&gt;').replace(/"/g, '&quot;')])];
}

/** Every whole word of the paragraphs' running text (the parts of split words aside). */
function textWords(nodes: readonly Node[]): string[] {
  return nodes.flatMap((n) => {
    switch (n.t) {
      case 'word': return [n.w];
      case 'el': return textWords(n.children);
      case 'note': case 'add': return n.words;
      case 'choice': return [...n.sic, ...n.corr];
      default: return [];
    }
  });
}

/**
 * The start tags of an HTML text with their attributes, read as a browser's tokenizer would
 * (attributes separated by whitespace or `/`, values quoted or not; entities left as written).
 * @param html the page.
 */
function tags(html: string): { name: string; attrs: [string, string][] }[] {
  return [...html.matchAll(/<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) => ({
    name: m[1],
    attrs: [...m[2].matchAll(/[\s/]*([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)]
      .map((a): [string, string] => [a[1], a[2] ?? a[3] ?? a[4] ?? '']),
  }));
}

/**
 * Checks the HTML output of a document.
 * @param html the `<id>.html` file.
 * @param doc the model.
 */
export function checkHtml(html: string, doc: Doc): void {
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
  for (const s of scripts) expect(ALLOWED_SCRIPTS, `script tag ${s}`).toContain(s);
  expect((html.match(/<\/script\s*>/gi) ?? []).length, 'every script closed once').toBe(scripts.length);
  const data = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  for (const d of data) expect(() => JSON.parse(d), 'JSON-LD parses').not.toThrow();
  const outside = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');

  for (const { name, attrs } of tags(outside)) {
    for (const [attr, value] of attrs) {
      expect(attr, `inline event handler on <${name}>`).not.toMatch(/^on/i);
      if (/^(?:href|src|action|formaction|xlink:href|cite|data)$/i.test(attr)) {
        expect(value, `${attr} of <${name}>`).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
      }
    }
  }

  const words = [...doc.title, ...doc.series, ...doc.paras.flatMap((p) => textWords(p.children)), ...doc.entries.flatMap((e) => e.name)];
  for (const w of new Set(words)) {
    const forms = escapings(w);
    expect(forms.some((f) => outside.includes(f)), `word ${JSON.stringify(w)} appears escaped`).toBe(true);
    // A closing tag such as `</script>` also stands in the page legitimately: the count of closed
    // scripts above is what catches it raw.
    if (!forms[0].includes(w) && !/^<\/[a-z]+>$/.test(w)) expect(outside.includes(w), `word ${JSON.stringify(w)} never appears raw`).toBe(false);
  }
}
