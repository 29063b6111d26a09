import { describe, expect, it } from 'vitest';
import { PositionIndex, lineStarts, positionAt } from '../../src/xml/positions.js';

const T = 'Q{http://www.tei-c.org/ns/1.0}';

describe('PositionIndex.locate', () => {
  const index = new PositionIndex();
  const root = index.add(`${T}TEI`, -1, { line: 1, column: 1 });
  const text = index.add(`${T}text`, root, { line: 2, column: 3 });
  index.add(`${T}p`, text, { line: 3, column: 5 });
  index.add(`Q{}p`, text, { line: 4, column: 5 });
  index.add(`${T}p`, text, { line: 5, column: 5 });

  it('follows fn:path() steps, counting only same-named siblings', () => {
    expect(index.locate(`/${T}TEI[1]/${T}text[1]/${T}p[2]`)).toEqual({ line: 5, column: 5 });
    expect(index.locate(`/${T}TEI[1]/${T}text[1]/p[1]`)).toEqual({ line: 4, column: 5 });
  });

  it('maps attribute, text and comment steps to their element', () => {
    expect(index.locate(`/${T}TEI[1]/${T}text[1]/${T}p[1]/@n`)).toEqual({ line: 3, column: 5 });
    expect(index.locate(`/${T}TEI[1]/${T}text[1]/text()[1]`)).toEqual({ line: 2, column: 3 });
  });

  it('falls back to the deepest element that matched, or the start of the file', () => {
    expect(index.locate(`/${T}TEI[1]/${T}text[1]/${T}p[9]`)).toEqual({ line: 2, column: 3 });
    expect(index.locate('/Q{x}other[1]')).toEqual({ line: 1, column: 1 });
    expect(index.positionOf(2)).toEqual({ line: 3, column: 5 });
  });
});

describe('lineStarts and positionAt', () => {
  it('treat LF, CRLF and a lone CR as one line end each', () => {
    const text = 'a\nb\r\nc\rd';
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 2, 5, 7]);
    expect(positionAt(starts, text.indexOf('d'))).toEqual({ line: 4, column: 1 });
    expect(positionAt(starts, text.indexOf('c'))).toEqual({ line: 3, column: 1 });
  });
});
