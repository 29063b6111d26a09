/**
 * Benchmark inputs, generated from the edition into tests/bench/.data (ignored):
 * - large/<id>.xml: the edition's body repeated, with fresh ids and continuing page numbers, to
 *   about the size asked (default 10 MB);
 * - collection/: copies of the edition under their own ids (`bench-0001` …), 500 by default.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes the inputs and returns their paths.
 * @param {string} editionFile the edition document.
 * @param {string} dataDir where to write.
 * @param {{ largeBytes?: number, collectionSize?: number }} sizes
 */
export function generateInputs(editionFile, dataDir, sizes = {}) {
  const largeBytes = sizes.largeBytes ?? 10 * 1024 * 1024;
  const collectionSize = sizes.collectionSize ?? 500;
  const edition = readFileSync(editionFile, 'utf8');
  const rootId = /<TEI\b[^>]*\bxml:id="([^"]+)"/.exec(edition)[1];
  rmSync(dataDir, { recursive: true, force: true });

  const largeId = 'bench-large';
  const largeDir = join(dataDir, 'large');
  mkdirSync(largeDir, { recursive: true });
  const large = join(largeDir, `${largeId}.xml`);
  writeFileSync(large, renameDocument(repeatBody(edition, largeBytes), rootId, largeId));

  const collectionDir = join(dataDir, 'collection');
  mkdirSync(collectionDir, { recursive: true });
  for (let i = 1; i <= collectionSize; i++) {
    const id = `bench-${String(i).padStart(4, '0')}`;
    writeFileSync(join(collectionDir, `${id}.xml`), renameDocument(edition, rootId, id));
  }
  return { large, collectionDir, collectionSize, editionBytes: Buffer.byteLength(edition) };
}

/** The document under another id: root `xml:id` and the local `idno` (docs/encoding.md §2, §3). */
function renameDocument(xml, from, to) {
  return xml
    .replace(`xml:id="${from}"`, `xml:id="${to}"`)
    .replace(new RegExp(`(<idno type="local">)${from}(</idno>)`), `$1${to}$2`);
}

/** Repeats the body's content until the document reaches `bytes`, renaming ids and pages. */
function repeatBody(xml, bytes) {
  const open = xml.indexOf('>', xml.indexOf('<body')) + 1;
  const close = xml.lastIndexOf('</body>');
  const body = xml.slice(open, close);
  const ids = [...body.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]);
  const copies = Math.max(1, Math.ceil((bytes - (xml.length - body.length)) / body.length));
  let page = 1;
  const renumber = (s) => s.replace(/(<pb\b[^>]*\bn=")\[?\d+\]?(")/g, (_m, a, b) => `${a}[${++page}]${b}`);
  // The front's page break(s) come first.
  const front = xml.slice(0, open).replace(/(<pb\b[^>]*\bn=")\[?\d+\]?(")/g, (_m, a, b) => `${a}[${page}]${b}`);
  page = countPages(xml.slice(0, open));
  const parts = [];
  for (let r = 0; r < copies; r++) {
    let copy = body;
    if (r > 0) {
      for (const id of ids) {
        copy = copy.replaceAll(`xml:id="${id}"`, `xml:id="${id}_r${r}"`).replaceAll(`"#${id}"`, `"#${id}_r${r}"`);
      }
    }
    parts.push(renumber(copy));
  }
  return front + parts.join('\n') + xml.slice(close);
}

function countPages(s) {
  return [...s.matchAll(/<pb\b/g)].length;
}
