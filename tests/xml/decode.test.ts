import { describe, expect, it } from 'vitest';
import { decode } from '../../src/xml/decode.js';

const TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>';
const utf16 = (s: string, le: boolean) => {
  const b = Buffer.from(s, 'utf16le');
  if (!le) b.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), b]);
};
const diag = (bytes: Uint8Array) => {
  const d = decode('f.xml', bytes).diagnostic;
  expect(d).toBeDefined();
  return { line: d!.line, column: d!.column, ruleId: d!.ruleId, message: d!.message };
};

describe('decode', () => {
  it('accepts UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decode('f.xml', Buffer.from(TEI)).text).toBe(TEI);
    expect(decode('f.xml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<?xml version="1.0" encoding="utf-8"?>${TEI}`)])).text).toMatch(/^<\?xml/);
  });

  it('accepts UTF-16 LE and BE with a BOM, astral characters included', () => {
    const s = `<?xml version="1.0" encoding="UTF-16"?>${TEI.replace('<text/>', '<text>𝔸é</text>')}`;
    expect(decode('f.xml', utf16(s, true)).text).toBe(s);
    expect(decode('f.xml', utf16(s, false)).text).toBe(s);
  });

  it('rejects UTF-16 with an unpaired surrogate at its byte offset', () => {
    const b = utf16('<a>\nxy</a>', true);
    b.writeUInt16LE(0xd800, 2 + 2 * 5); // the `y`
    expect(diag(b)).toMatchObject({ line: 2, column: 2, ruleId: 'xml-encoding', message: expect.stringContaining('byte offset 12') });
  });

  it('rejects an invalid UTF-8 byte with its byte offset, line and column', () => {
    const b = Buffer.from('<a>\nab\u00e9c</a>'.replace('\u00e9', 'Z'));
    b[b.indexOf('Z')] = 0xff;
    expect(diag(b)).toMatchObject({ line: 2, column: 3, ruleId: 'xml-encoding', message: expect.stringContaining('`0xff` at byte offset 6') });
  });

  it('rejects a Latin-1 file declared as UTF-8 at the first accented letter', () => {
    const b = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<TEI>\n  <p>Société</p></TEI>', 'latin1');
    expect(diag(b)).toMatchObject({ line: 3, column: 10, message: expect.stringContaining('`0xe9` at byte offset 54') });
  });

  it('rejects overlong forms, surrogates and truncated sequences at the right byte', () => {
    const at = (bytes: number[]) => diag(Buffer.from([0x3c, 0x61, 0x3e, ...bytes])).message;
    expect(at([0xc0, 0xaf])).toContain('byte offset 3'); // overlong '/'
    expect(at([0xe0, 0x80, 0xaf])).toContain('byte offset 3'); // overlong, 3 bytes
    expect(at([0xed, 0xa0, 0x80])).toContain('byte offset 3'); // UTF-16 surrogate
    expect(at([0xf4, 0x90, 0x80, 0x80])).toContain('byte offset 3'); // beyond U+10FFFF
    expect(at([0x41, 0xe2, 0x82])).toContain('byte offset 4'); // truncated at the end
  });

  it('rejects NUL bytes with their byte offset and line', () => {
    expect(diag(Buffer.from('<a>\n  é\0</a>'))).toMatchObject({ line: 2, column: 4, message: expect.stringContaining('NUL byte at byte offset 8') });
  });

  it('names binary files', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(diag(png)).toMatchObject({ line: 1, column: 1, ruleId: 'xml-encoding', message: expect.stringContaining('PNG image') });
    expect(diag(Buffer.from('PK\x03\x04\x14\x00'))).toMatchObject({ message: expect.stringContaining('ZIP archive') });
  });

  it('rejects an empty file and UTF-16 without a BOM', () => {
    expect(diag(new Uint8Array(0)).ruleId).toBe('xml-empty');
    expect(diag(Buffer.from('<?xml', 'utf16le')).message).toContain('UTF-16 without a byte order mark');
  });

  it('rejects an encoding declaration that contradicts the bytes', () => {
    expect(diag(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'))).toMatchObject({ line: 1, column: 31, message: expect.stringContaining('`ISO-8859-1`, expected `UTF-8`') });
    expect(diag(utf16('<?xml version="1.0" encoding="UTF-8"?><a/>', true)).message).toContain('expected `UTF-16`');
  });
});
