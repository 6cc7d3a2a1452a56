/** One line of a byte stream: its bytes, or only its length when it was over the limit. */
export type Line =
  | { readonly number: number; readonly bytes: Uint8Array }
  | { readonly number: number; readonly tooLarge: number };

/**
 * Splits a byte stream into lines (LF; a CR before it is dropped), numbered from 1. A line longer
 * than `maxBytes` is never held in memory: once it passes the limit its chunks are counted and
 * discarded until its newline, and it comes out as `{tooLarge: byteCount}`. Memory stays at about
 * `maxBytes` plus one chunk whatever the input — a 200 MB single-line JSONL file costs ~5 MB.
 */
export async function* boundedLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let discarding = false;
  let number = 1;
  const take = (part: Uint8Array): void => {
    length += part.length;
    if (discarding) return;
    if (length > maxBytes) {
      discarding = true;
      parts = [];
    } else if (part.length > 0) parts.push(part);
  };
  const end = (): Line => {
    const line: Line = discarding ? { number, tooLarge: length } : { number, bytes: withoutCr(Buffer.concat(parts)) };
    parts = [];
    length = 0;
    discarding = false;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      yield end();
      from = nl + 1;
    }
    // Copy the tail: it outlives this chunk, and a view would pin the whole chunk buffer.
    if (from < chunk.length) take(Uint8Array.prototype.slice.call(chunk, from));
  }
  if (length > 0 || discarding) yield end();
}

function withoutCr(bytes: Uint8Array): Uint8Array {
  return bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}
