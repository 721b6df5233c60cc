/** One line of a feed: its text, or the note that it was longer than allowed (its bytes dropped). */
export type FeedLine = { readonly number: number; readonly text: string } | { readonly number: number; readonly tooLong: true };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines (`\n` or `\r\n`) without ever holding more than `maxBytes` of one
 * line: the bytes of a longer line are dropped as they arrive and the line is reported `tooLong`.
 * Splitting on the byte 0x0A is safe for UTF-8 (it never occurs inside a multi-byte character).
 * Yields the lines each piece of the source completes, as one array: an async generator step per
 * line (two promises and a resumption each) cost more than splitting the line (BENCHMARKS.md,
 * "Agency bulk feed", session 7). Pulls the source only as fast as the consumer pulls batches:
 * that is the backpressure; a batch holds no more than one piece of the source.
 */
export async function* readLines(source: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<FeedLine[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): FeedLine => {
    number++;
    const line: FeedLine = tooLong ? { number, tooLong: true } : { number, text: decode(parts, size) };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const lines: FeedLine[] = [];
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      if (parts.length === 0 && !tooLong && end - start <= maxBytes) {
        // A whole line inside this piece (the common case): decoded in place, no copy of its bytes.
        number++;
        lines.push({ number, text: withoutCr(bytes.toString('utf8', start, end)) });
      } else {
        append(bytes.subarray(start, end));
        lines.push(finish());
      }
      start = end + 1;
    }
    append(bytes.subarray(start));
    if (lines.length > 0) yield lines;
  }
  if (size > 0 || tooLong) yield [finish()];

  function append(piece: Buffer): void {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  }
}

const withoutCr = (text: string): string => (text.endsWith('\r') ? text.slice(0, -1) : text);

const decode = (parts: readonly Buffer[], size: number): string => withoutCr((parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts, size)).toString('utf8'));
