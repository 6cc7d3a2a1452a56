import type { Diagnostic, DocMeta, SourceMap } from '../doc/index.js';

/** What a reader turns one input article into: the cleaned text, its metadata and source map. */
export interface RawArticle {
  readonly text: string;
  readonly meta: DocMeta;
  readonly sourceMap: SourceMap;
  /** Problems that did not stop the read (an encoding fallback, a missing title, …). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Why one input (a file, a JSONL line, stdin) could not become an article. `origin` names it
 * (`path`, `path:line`, `stdin`); `code` is stable (`E_EMPTY`, `E_BINARY`, `E_TOO_LARGE`,
 * `E_BAD_JSON`, `E_NO_ARTICLE`, `E_UNREADABLE`, …); `reason` tells a person what to do.
 */
export interface InputError {
  readonly origin: string;
  readonly code: string;
  readonly reason: string;
}

/** One item a reader yields: an article, or the error for one input. */
export type ReadResult =
  | { readonly ok: true; readonly article: RawArticle }
  | { readonly ok: false; readonly error: InputError };

/** An input found by {@link listInputs}: a file with its size in bytes, or standard input. */
export type InputSource =
  | { readonly kind: 'file'; readonly path: string; readonly bytes: number }
  | { readonly kind: 'stdin' };

/** The input formats newsgraph reads. `auto` picks by file extension, then by content. */
export type InputFormat = 'auto' | 'text' | 'jsonl' | 'html';

/** Options for reading inputs. */
export interface ReadOptions {
  /** Largest article accepted, in bytes of input; larger ones are an `E_TOO_LARGE` error. Default 5 MB. */
  readonly maxArticleBytes: number;
  readonly format: InputFormat;
  /**
   * Told the size of each chunk as a streamed file (JSONL) is read, so a progress bar can move
   * inside one large file instead of waiting for its end.
   */
  readonly onBytesRead?: (bytes: number) => void;
}

/** 5 MB: larger articles are almost always a mis-ingested dump, not news. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
