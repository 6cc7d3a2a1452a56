import type { Diagnostic } from '../doc/index.js';
import { decodeBytes } from './decode.js';
import { isInputError } from './errors.js';
import { declaredCharset } from './html-charset.js';
import { readHtmlArticle } from './html.js';
import type { ReadFormat } from './sniff.js';
import { readTextArticle } from './text.js';
import type { ReadResult } from './types.js';

/**
 * Decodes one whole-article input (a .txt or .html file, stdin) and runs the reader for `format`.
 * The encoding lands in `meta.encoding` and any decoding warning in the article's diagnostics.
 */
export function readBytesArticle(bytes: Uint8Array, format: Exclude<ReadFormat, 'jsonl'>, origin: string): ReadResult {
  const decoded = decodeBytes(bytes, format === 'html' ? { origin, declaredCharset: declaredCharset(bytes) } : { origin });
  if (isInputError(decoded)) return { ok: false, error: decoded };
  const read = format === 'html' ? readHtmlArticle(decoded.text, { origin }) : readTextArticle(decoded.text, { origin });
  return withEncoding(read, decoded.encoding, decoded.diagnostics);
}

/** Adds what decoding found out to a reader's result. */
export function withEncoding(read: ReadResult, encoding: string, diagnostics: readonly Diagnostic[]): ReadResult {
  if (!read.ok) return read;
  const { article } = read;
  return {
    ok: true,
    article: { ...article, meta: { ...article.meta, encoding }, diagnostics: [...diagnostics, ...article.diagnostics] },
  };
}
