/**
 * The collection's `index.html` (issue "teikit build and transform": "an `<out>/index.html`
 * listing every document of the collection (title, date, report number, classification, links),
 * and the assets the HTML needs") and the assets themselves, copied from `xslt/html/assets/`.
 * Everything from the documents is escaped; links are the build's own output names, encoded.
 */
import { ASSET_NAMES, assetText } from './html-assets.js';
import type { IndexEntry } from './index.js';
import type { OutputFile } from './types.js';

/**
 * Escapes text for HTML content and attribute values.
 * @param s the text.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `1945-04-13` → `13 April 1945`; `1945-04` → `April 1945`; anything else as given. */
function dateLabel(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const month = m[2] ? months[Number(m[2]) - 1] : undefined;
  if (m[2] && !month) return iso;
  return [m[3] ? String(Number(m[3])) : '', month ?? '', m[1]].filter(Boolean).join(' ');
}

/** What each output file is, for the link text. */
function formatLabel(name: string): string {
  if (name.endsWith('.diplomatic.txt')) return 'text (diplomatic)';
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.json')) return 'JSON';
  if (name.endsWith('.html')) return 'HTML';
  return name;
}

function row(e: IndexEntry): string {
  const href = (name: string) => escapeHtml(encodeURIComponent(name));
  const page = e.files.find((f) => f === `${e.id}.html`);
  const title = page ? `<a href="${href(page)}">${escapeHtml(e.title)}</a>` : escapeHtml(e.title);
  const date = e.date ? `<time datetime="${escapeHtml(e.date)}">${escapeHtml(dateLabel(e.date))}</time>` : '';
  const links = e.files
    .map((f) => `<a href="${href(f)}" aria-label="${escapeHtml(`${e.title}: ${formatLabel(f)}`)}">${escapeHtml(formatLabel(f))}</a>`)
    .join(', ');
  return `<tr><th scope="row">${title}</th><td>${date}</td><td>${escapeHtml(e.reportNumber ?? '')}</td><td>${escapeHtml(e.classification ?? '')}</td><td>${links}</td></tr>`;
}

/**
 * The collection's index page.
 * @param entries one per document built, in the order to list them.
 */
export function collectionIndex(entries: readonly IndexEntry[]): string {
  const count = `${entries.length} document${entries.length === 1 ? '' : 's'}`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The collection · teikit edition</title>
<meta name="description" content="Digital editions of declassified reports: ${escapeHtml(count)}, each with its reading text, page furniture, index of names and notes.">
<meta name="generator" content="teikit">
<link rel="stylesheet" href="assets/edition.css">
</head><body class="collection"><a class="skip" href="#main">Skip to the list</a>
<main id="main"><header class="doc-head"><p class="series">teikit edition</p><h1>The collection</h1><p class="subtitle">${escapeHtml(count)}</p></header>
<div class="table-wrap"><table class="documents"><caption>Documents of the collection</caption>
<thead><tr><th scope="col">Title</th><th scope="col">Date</th><th scope="col">Report number</th><th scope="col">Classification</th><th scope="col">Formats</th></tr></thead>
<tbody>
${entries.map(row).join('\n')}
</tbody></table></div></main>
<footer class="site-foot"><p>Made with teikit.</p></footer>
</body></html>
`;
}

/**
 * The collection's `index.html` and the assets the pages need (`assets/edition.css`,
 * `assets/view.js`).
 * @param entries one per document built.
 */
export function collectionFiles(entries: readonly IndexEntry[]): OutputFile[] {
  return [{ name: 'index.html', content: collectionIndex(entries) }, ...ASSET_NAMES.map((n) => ({ name: `assets/${n}`, content: assetText(n) }))];
}
