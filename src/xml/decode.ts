/**
 * Turns a file's bytes into text, strictly: a BOM decides UTF-8 or UTF-16; otherwise the bytes
 * must be valid UTF-8 (XML 1.0 §4.3.3, Appendix F; docs/encoding.md §2: "UTF-8, no DOCTYPE"). Nothing
 * is guessed, so a Latin-1 file that claims to be UTF-8 is reported at its first bad byte instead
 * of being read with the wrong letters, and a binary file is named as such.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lineStarts, positionAt } from './positions.js';

/** The decoded text, or the diagnostic saying why there is none. */
export type Decoded = { text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Leading bytes of binary formats that end up named `.xml` by mistake. */
const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (a .docx or .odt file?)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/**
 * Decodes a document.
 * @param file the path to report.
 * @param bytes the file's content.
 */
export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return fail(file, 1, 1, 'xml-empty', 'Unexpected empty file, expected an XML document');
  const kind = MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
  if (kind) return fail(file, 1, 1, 'xml-encoding', `Unexpected binary file (${kind}) at byte offset 0, expected an XML document in UTF-8`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(file, bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(file, bytes, 'utf-16be');
  const le = bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] > 0 && bytes[3] === 0;
  if (le || (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] > 0)) {
    return fail(file, 1, 1, 'xml-encoding', 'Unexpected UTF-16 without a byte order mark at byte offset 0, expected UTF-8 (or UTF-16 with a byte order mark)');
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  const nul = body.indexOf(0);
  if (nul >= 0 && firstInvalidUtf8(body.subarray(0, nul)) === nul) {
    const prefix = utf8.decode(body.subarray(0, nul));
    const at = positionAt(lineStarts(prefix), prefix.length);
    return fail(file, at.line, at.column, 'xml-encoding', `Unexpected NUL byte at byte offset ${nul + bom}, expected text (a binary file?)`);
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const prefix = utf8.decode(body.subarray(0, bad));
    const at = positionAt(lineStarts(prefix), prefix.length);
    const hex = bad < body.length ? `\`0x${body[bad].toString(16).padStart(2, '0')}\`` : 'end of file inside a character';
    return fail(file, at.line, at.column, 'xml-encoding', `Unexpected byte ${hex} at byte offset ${bad + bom}, expected UTF-8 (convert the file to UTF-8)`);
  }
  return declared(file, text, /^utf-?8$/i, 'UTF-8');
}

function utf16(file: string, bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): Decoded {
  const name = label.toUpperCase();
  const bad = firstInvalidUtf16(bytes, label === 'utf-16le');
  if (bad >= 0) {
    const prefix = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(2, bad));
    const at = positionAt(lineStarts(prefix), prefix.length);
    return fail(file, at.line, at.column, 'xml-encoding', `Unexpected byte sequence at byte offset ${bad}, expected valid ${name} (the file starts with a ${name} byte order mark)`);
  }
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(2));
  return declared(file, text, /^utf-?16/i, 'UTF-16');
}

/** Checks the XML declaration's `encoding` against the encoding actually used (XML 1.0 §4.3.3). */
function declared(file: string, text: string, ok: RegExp, name: string): Decoded {
  const enc = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text)?.[1];
  if (enc && !ok.test(enc)) {
    const col = text.indexOf(enc) + 1;
    return fail(file, 1, col, 'xml-encoding', `Unexpected encoding declaration \`${enc}\`, expected \`${name}\` (the encoding the file is in; convert it to UTF-8)`);
  }
  return { text };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629 §4). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (i + 1 >= b.length || b[i + 1] < lo || b[i + 1] > hi) return i;
    for (let k = 2; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

/** Byte offset of the first unpaired surrogate or odd trailing byte, or -1. */
function firstInvalidUtf16(b: Uint8Array, le: boolean): number {
  const unit = (i: number) => (le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  for (let i = 2; i < b.length; i += 2) {
    if (i + 1 >= b.length) return i;
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= b.length || (unit(i + 2) & 0xfc00) !== 0xdc00) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return -1;
}

function fail(file: string, line: number, column: number, ruleId: string, message: string): Decoded {
  return { diagnostic: { file, line, column, severity: 'error', ruleId, source: 'xml', message } };
}
