/** One line of a feed: its text, or the note that it was longer than allowed (its bytes dropped). */
export type FeedLine = { readonly number: number; readonly text: string } | { readonly number: number; readonly tooLong: true };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines (`\n` or `\r\n`) without ever holding more than `maxBytes` of one
 * line: the bytes of a longer line are dropped as they arrive and the line is reported `tooLong`.
 * Splitting on the byte 0x0A is safe for UTF-8 (it never occurs inside a multi-byte character).
 * Pulls the source only as fast as the consumer pulls lines: that is the backpressure.
 */
export async function* readLines(source: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<FeedLine> {
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
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      append(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    append(bytes.subarray(start));
  }
  if (size > 0 || tooLong) yield finish();

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

const decode = (parts: readonly Buffer[], size: number): string => {
  const text = (parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts, size)).toString('utf8');
  return text.endsWith('\r') ? text.slice(0, -1) : text;
};
