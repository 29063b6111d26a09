/**
 * Turns a file's bytes into text, strictly: a BOM decides UTF-8 or UTF-16; otherwise the bytes
 * must be valid UTF-8 (XML 1.0 §4.3.3). Nothing is guessed, so a Latin-1 file that claims to be
 * UTF-8 is reported at its first bad byte instead of being read with the wrong letters.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lineStarts, positionAt } from './positions.js';

/** The decoded text, or the diagnostic saying why there is none. */
export type Decoded = { text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a document.
 * @param file the path to report.
 * @param bytes the file's content.
 */
export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    return fail(file, 1, 1, 'xml-empty', 'Unexpected empty file, expected an XML document');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(file, bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(file, bytes.subarray(2), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const prefix = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const at = positionAt(lineStarts(prefix), prefix.length);
    const offset = bad + (body === bytes ? 0 : 3);
    return fail(
      file,
      at.line,
      at.column,
      'xml-encoding',
      `Unexpected byte \`0x${body[bad].toString(16).padStart(2, '0')}\` at byte offset ${offset}, expected UTF-8 (declare no other encoding; convert the file to UTF-8)`,
    );
  }
  const declared = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    return fail(file, 1, 1, 'xml-encoding', `Unexpected encoding declaration \`${declared}\`, expected \`UTF-8\``);
  }
  return { text };
}

function utf16(file: string, bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    const declared = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text)?.[1];
    if (declared && !/^utf-?16/i.test(declared)) {
      return fail(file, 1, 1, 'xml-encoding', `Unexpected encoding declaration \`${declared}\` after a UTF-16 byte order mark, expected \`UTF-16\``);
    }
    return { text };
  } catch {
    return fail(file, 1, 1, 'xml-encoding', `Unexpected byte sequence in a file marked as ${label.toUpperCase()}, expected valid ${label.toUpperCase()}`);
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

function fail(file: string, line: number, column: number, ruleId: string, message: string): Decoded {
  return { diagnostic: { file, line, column, severity: 'error', ruleId, source: 'xml', message } };
}
