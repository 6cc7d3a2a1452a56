/**
 * Ingest: turns files, folders, JSONL lines and standard input into `RawArticle`s — cleaned text,
 * metadata, a source map back to the decoded input and diagnostics — or into one `InputError` per
 * bad input, never an exception. `listInputs` finds the inputs, `readSource` reads one; the pure
 * readers (`readTextArticle`, `readHtmlArticle`, `readJsonlLine`, `decodeBytes`) work without files.
 *
 * Source maps (see `SourceSegment`) point into the decoded input: the file's text after decoding
 * and BOM removal for .txt and .html, the JSON string value (`text` or `html`) for a JSONL line.
 * Text ingest generates itself (a title line, paragraph breaks between HTML blocks) has no segment.
 */
export type { RawArticle, InputError, ReadResult, InputSource, InputFormat, ReadOptions } from './types.js';
export { DEFAULT_MAX_ARTICLE_BYTES } from './types.js';
export type { InputErrorCode } from './errors.js';
export { isInputError } from './errors.js';
export type { ReaderMeta } from './meta.js';
export type { Decoded, DecodeHints } from './decode.js';
export { decodeBytes } from './decode.js';
export { listInputs } from './list.js';
export { readSource } from './read.js';
export { readTextArticle } from './text.js';
export { readHtmlArticle } from './html.js';
export { readJsonlLine } from './jsonl.js';
export { normalizeDate } from './date.js';
