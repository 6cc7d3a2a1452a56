export type { Store, SaveResult, ArticleSummary, SearchHit, StoreStats, Page } from './store.js';
export { openSqliteStore } from './sqlite.js';
export type { SqliteStoreOptions } from './sqlite.js';
export { StoreError } from './errors.js';
export { SCHEMA_VERSION } from './migrate.js';
export type { CorpusEntity, EntityReport } from './corpus-entity.js';
export type { QuoteQuery, QuoteRecord } from './quote-rows.js';
export type { CorpusPlace } from './place-rows.js';
