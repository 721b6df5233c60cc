import { describe, expect, it } from 'vitest';
import { readLines, type FeedLine } from '../src/bulk/line-reader.ts';

const TEXT = 'abc\r\nde\n\nqüç şəh\r\n' + 'x'.repeat(30) + '\nshort\n' + 'y'.repeat(20) + '\r\nlast';

const linesOf = async (text: string, pieceBytes: number, maxBytes: number): Promise<FeedLine[]> => {
  const bytes = Buffer.from(text);
  const pieces = (async function* () {
    for (let start = 0; start < bytes.length; start += pieceBytes) yield bytes.subarray(start, start + pieceBytes);
  })();
  const lines: FeedLine[] = [];
  for await (const batch of readLines(pieces, maxBytes)) lines.push(...batch);
  return lines;
};

describe('readLines', () => {
  it('splits on \\n and \\r\\n, keeps blank lines and a last line without newline, numbers them, whatever the pieces', async () => {
    const expected: FeedLine[] = [
      { number: 1, text: 'abc' },
      { number: 2, text: 'de' },
      { number: 3, text: '' },
      { number: 4, text: 'qüç şəh' },
      { number: 5, tooLong: true },
      { number: 6, text: 'short' },
      { number: 7, text: 'y'.repeat(20) },
      { number: 8, text: 'last' },
    ];
    // 21 bytes: the 20 y's and their \r fit, the 30 x's do not; pieces split lines and UTF-8 characters.
    for (const pieceBytes of [1, 2, 3, 7, 16, 4096]) expect(await linesOf(TEXT, pieceBytes, 21)).toEqual(expected);
  });

  it('yields the lines of one piece together (no async step per line)', async () => {
    const batches: number[] = [];
    const pieces = (async function* () {
      yield Buffer.from('a\nb\nc\n');
      yield Buffer.from('d\ne');
    })();
    for await (const batch of readLines(pieces, 10)) batches.push(batch.length);
    expect(batches).toEqual([3, 1, 1]);
  });
});
