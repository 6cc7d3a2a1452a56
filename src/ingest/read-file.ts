import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { inputError, osReason } from './errors.js';
import { readJsonlStream } from './jsonl-stream.js';
import { readBytesArticle } from './read-bytes.js';
import { formatByExtension, sniffBytes } from './sniff.js';
import type { ReadFormat } from './sniff.js';
import type { ReadOptions, ReadResult } from './types.js';

/** Bytes read from a file of unknown extension to guess its format. */
const SNIFF_BYTES = 4096;

/**
 * Reads one listed file of `bytes` bytes (its size when listed). JSONL is streamed line by line
 * (the file may exceed `maxArticleBytes`, a line may not); any other format is one article, refused
 * with `E_TOO_LARGE` from the listed size without reading it, else read with one `readFile` — no
 * second `stat`: on the 2,225 small BBC files an extra stat or open/fstat per file cost 30% more
 * time. A file gone or unreadable since it was listed → `E_UNREADABLE` with the OS reason.
 */
export async function* readFileSource(path: string, bytes: number, options: ReadOptions): AsyncGenerator<ReadResult> {
  const tooLarge = (size: number): ReadResult => ({
    ok: false,
    error: inputError(path, 'E_TOO_LARGE', `the file is ${size} bytes, over the limit of ${options.maxArticleBytes} for one article; split it or raise the limit (--max-bytes)`),
  });
  let format: ReadFormat | undefined = options.format === 'auto' ? formatByExtension(path) : options.format;
  let content: Uint8Array;
  try {
    format ??= await sniffFile(path);
    if (format === 'jsonl') {
      const stream = createReadStream(path);
      yield* readJsonlStream(options.onBytesRead ? counted(stream, options.onBytesRead) : stream, path, options);
      return;
    }
    if (bytes > options.maxArticleBytes) {
      yield tooLarge(bytes);
      return;
    }
    content = await readFile(path);
  } catch (error) {
    yield { ok: false, error: inputError(path, 'E_UNREADABLE', osReason(error)) };
    return;
  }
  // The file may have grown since it was listed (a log being appended to).
  yield content.length > options.maxArticleBytes ? tooLarge(content.length) : readBytesArticle(content, format, path);
}

/** The chunks of `chunks`, telling `onBytes` the size of each as it passes. */
async function* counted(chunks: AsyncIterable<Uint8Array>, onBytes: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    yield chunk;
  }
}

async function sniffFile(path: string): Promise<ReadFormat> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return sniffBytes(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
