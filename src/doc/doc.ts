import type { Diagnostic } from './diagnostic.js';
import type { Layers } from './layers.js';

/** What ingest knows about an article besides its text. All fields optional but `format`. */
export interface DocMeta {
  /** The reader that produced the text: `text`, `jsonl`, `html`. */
  readonly format: string;
  /** Where the article came from: a file path, `stdin`, `path:lineNumber` for a JSONL line. */
  readonly origin?: string;
  readonly title?: string;
  readonly url?: string;
  /** Publication time as ISO 8601 (date or date-time), when the input says it. */
  readonly published?: string;
  readonly source?: string;
  readonly author?: string;
  readonly language?: string;
  /** The id the input gave the article, if any (JSONL `id`); the store's id is the content hash. */
  readonly externalId?: string;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1252`, …). */
  readonly encoding?: string;
  /** Fields the input had that newsgraph does not model, kept as they came. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/**
 * One piece of the map from `doc.text` back to the source: `[start, end)` of `doc.text` came from
 * `[sourceStart, sourceStart + (end - start))` of the decoded source. Text newsgraph generated itself
 * (a separator between paragraphs, say) has no segment, following unist's rule for generated nodes.
 */
export interface SourceSegment {
  readonly start: number;
  readonly end: number;
  readonly sourceStart: number;
}

/** Segments sorted by `start`, non-overlapping. */
export type SourceMap = readonly SourceSegment[];

/**
 * An article: cleaned text (immutable once ingest ends), metadata and named, typed layers.
 * Stages never change a Doc; the pipeline runner returns a new Doc with one more layer.
 */
export interface Doc {
  /** Content hash of `text` (hex SHA-256, first 32 chars): the same text is the same article. */
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly sourceMap: SourceMap;
  readonly layers: Partial<Layers>;
  readonly diagnostics: readonly Diagnostic[];
}
