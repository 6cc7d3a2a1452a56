import { decodeBytes } from './decode.js';
import { inputError, isInputError, osReason } from './errors.js';
import { readJsonlLine } from './jsonl.js';
import { boundedLines } from './lines.js';
import { withEncoding } from './read-bytes.js';
import type { ReadOptions, ReadResult } from './types.js';

/**
 * Reads a JSONL byte stream line by line, one result per non-blank line, each named `origin:LINE`.
 * A line over `maxArticleBytes` is skipped unread with `E_TOO_LARGE` and the next lines go on; the
 * stream as a whole may be any size. A stream failing midway (the file deleted, a disk error)
 * ends with `E_UNREADABLE` after the lines already read. A stream with no non-blank line → `E_EMPTY`.
 */
export async function* readJsonlStream(chunks: AsyncIterable<Uint8Array>, origin: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  let lines = 0;
  try {
    for await (const line of boundedLines(chunks, options.maxArticleBytes)) {
      const lineOrigin = `${origin}:${line.number}`;
      if ('tooLarge' in line) {
        lines++;
        yield { ok: false, error: inputError(lineOrigin, 'E_TOO_LARGE', `the line is ${line.tooLarge} bytes, over the limit of ${options.maxArticleBytes}; split the article or raise the limit (--max-bytes)`) };
        continue;
      }
      if (isBlank(line.bytes)) continue;
      lines++;
      const decoded = decodeBytes(line.bytes, { origin: lineOrigin });
      if (isInputError(decoded)) yield { ok: false, error: decoded };
      else yield withEncoding(readJsonlLine(decoded.text, lineOrigin), decoded.encoding, decoded.diagnostics);
    }
  } catch (error) {
    yield { ok: false, error: inputError(origin, 'E_UNREADABLE', `reading stopped after ${lines} line(s): ${osReason(error)}`) };
    return;
  }
  if (lines === 0) yield { ok: false, error: inputError(origin, 'E_EMPTY', 'the JSONL input has no non-blank line') };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}
