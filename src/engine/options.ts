import { DEFAULT_MAX_ARTICLE_BYTES, type ReadOptions } from '../ingest/types.js';
import { DEFAULT_STAGES, type ErrorPolicy } from '../nlp/index.js';

/**
 * What the engine needs to know to read and analyse articles. The CLI and the HTTP API both turn
 * their input into this one object, so neither has logic of its own.
 */
export interface EngineOptions {
  /** Stage names, in order. Default: paragraphs, tokens, sentences. */
  readonly stages: readonly string[];
  /** `record` keeps going with a diagnostic when a stage fails on one article; `strict` rethrows. */
  readonly errors: ErrorPolicy;
  readonly read: ReadOptions;
  /** Articles saved per transaction when ingesting. Default 250. */
  readonly batchSize: number;
}

/** The defaults every front end starts from. */
export const DEFAULT_OPTIONS: EngineOptions = {
  stages: DEFAULT_STAGES,
  errors: 'record',
  read: { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES, format: 'auto' },
  batchSize: 250,
};
