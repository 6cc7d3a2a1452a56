import { inputError } from './errors.js';
import { readJsonlStream } from './jsonl-stream.js';
import { readBytesArticle } from './read-bytes.js';
import { sniffBytes } from './sniff.js';
import type { ReadOptions, ReadResult } from './types.js';

/** Bytes gathered from a stream before its format is guessed. */
const SNIFF_BYTES = 4096;

/**
 * Reads a byte stream of unknown length (standard input). The first 4 KB decide the format unless
 * `options.format` names one; JSONL is then streamed line by line, anything else is one article
 * held up to `maxArticleBytes` — past that the rest is read and discarded (so the writer is not cut
 * off with EPIPE) and the result is `E_TOO_LARGE`.
 */
export async function* readStream(stream: AsyncIterable<Uint8Array>, origin: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < SNIFF_BYTES && options.format !== 'jsonl') {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    length += next.value.length;
  }
  const headBytes = Buffer.concat(head);
  const format = options.format === 'auto' ? sniffBytes(headBytes) : options.format;
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  if (format === 'jsonl') {
    yield* readJsonlStream(prepend(headBytes, rest), origin, options);
    return;
  }
  const parts: Uint8Array[] = [headBytes];
  if (!done) {
    for await (const chunk of rest) {
      length += chunk.length;
      if (length <= options.maxArticleBytes) parts.push(chunk);
    }
  }
  if (length > options.maxArticleBytes) {
    yield { ok: false, error: inputError(origin, 'E_TOO_LARGE', `the input is ${length} bytes, over the limit of ${options.maxArticleBytes} for one article; split it or raise the limit (--max-bytes)`) };
    return;
  }
  yield readBytesArticle(Buffer.concat(parts), format, origin);
}

async function* prepend(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (first.length > 0) yield first;
  yield* rest;
}
