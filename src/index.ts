/**
 * newsgraph's library API: the Doc model, the pipeline, the readers, the store and the engine
 * that the CLI (and later the HTTP API) call. Nothing else is public.
 */
export * from './doc/index.js';
export { buildPipeline, runPipeline, PipelineError, STAGES, DEFAULT_STAGES, tokenize, splitSentences, splitParagraphs } from './nlp/index.js';
export type { Stage, AnyStage, Pipeline, ErrorPolicy, RunOptions } from './nlp/index.js';
export { listInputs, readSource, readTextArticle, readHtmlArticle, readJsonlLine, decodeBytes } from './ingest/index.js';
export type { RawArticle, InputError, ReadResult, InputSource, InputFormat, ReadOptions } from './ingest/index.js';
export { openSqliteStore } from './store/index.js';
export type { Store, SaveResult, ArticleSummary, SearchHit, StoreStats, Page, CorpusEntity, EntityReport } from './store/index.js';
export * from './engine/index.js';
