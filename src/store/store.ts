import type { Diagnostic, Doc } from '../doc/index.js';
import type { CorpusEntity, EntityReport } from './corpus-entity.js';
import type { QuoteQuery, QuoteRecord } from './quote-rows.js';
import type { ArticleFilter, CountryCount, TimelinePoint } from './browse.js';
import type { RelationCell, RelationDirection } from './relations.js';
import type { EventQuery, EventRecord } from './event-rows.js';
import type { CorpusPlace } from './place-rows.js';

/** What saving one batch did. */
export interface SaveResult {
  /** Ids of the articles stored by this call. */
  readonly added: readonly string[];
  /** Ids that were already in the store (same content hash); nothing was written for them. */
  readonly present: readonly string[];
}

/** One line of an article listing or search result. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly origin: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string | null;
  /** ISO 8601 time the article was stored. */
  readonly ingestedAt: string;
  readonly chars: number;
}

/** A search hit: the article plus a snippet of the matching text, matches wrapped in `[` `]`. */
export interface SearchHit extends ArticleSummary {
  readonly snippet: string;
  /** bm25 rank from FTS5: lower is better. */
  readonly rank: number;
}

/** Counts over the whole store. */
export interface StoreStats {
  readonly articles: number;
  /** Inputs the articles were read from: a text read from several inputs is one article. */
  readonly inputs: number;
  readonly paragraphs: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly diagnostics: number;
  /** Articles per input format (`text`, `jsonl`, `html`). */
  readonly byFormat: Readonly<Record<string, number>>;
  /** Articles per `meta.source`, the 20 largest. */
  readonly bySource: Readonly<Record<string, number>>;
  /** Earliest and latest `meta.published`, when any article has one. */
  readonly published: { readonly first: string | null; readonly last: string | null };
}

/** Paging for every list. */
export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/**
 * The storage the engine uses, and nothing more, so SQLite and PostgreSQL can both implement it.
 * Methods are async because a server database is; the SQLite one resolves at once.
 */
export interface Store {
  /**
   * Stores whole Docs (text, meta, every layer, diagnostics) in one transaction; for ids already
   * stored it writes no article, only the input it was read from (`meta.origin`), once. Docs of
   * stored ids need no layers.
   */
  saveBatch(docs: readonly Doc[]): Promise<SaveResult>;
  /** Which of these ids are stored. */
  has(ids: readonly string[]): Promise<Set<string>>;
  /** Ids starting with `prefix` (at most `limit`), so people can type a short id. */
  resolveId(prefix: string, limit?: number): Promise<string[]>;
  /** One article with all its layers and diagnostics, as it was saved; undefined when absent. */
  getDoc(id: string): Promise<Doc | undefined>;
  /** Articles, newest stored first. */
  listArticles(page: Page): Promise<ArticleSummary[]>;
  /** Full-text search over title and text (FTS5 query syntax on SQLite). */
  search(query: string, page: Page): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** Diagnostics of one article. */
  diagnostics(id: string): Promise<Diagnostic[]>;
  /** Stored quotes with speaker, article and date, newest article first; see {@link QuoteQuery}. */
  quotes(query: QuoteQuery, page: Page): Promise<QuoteRecord[]>;
  /** Stored events with their article and evidence words, latest event date first; see {@link EventQuery}. */
  events(query: EventQuery, page: Page): Promise<EventRecord[]>;
  /** Corpus entities, most mentioned first. */
  topEntities(page: Page): Promise<CorpusEntity[]>;
  /** Corpus entities whose name is `name` (any case) or whose KB id is `name`, then names containing it. */
  findEntities(name: string, limit: number): Promise<CorpusEntity[]>;
  /** One entity's aliases, articles and co-mentioned entities; undefined for an unknown id. */
  entityReport(id: number): Promise<EntityReport | undefined>;
  /** Resolved places of the whole corpus with mention and article counts, most mentioned first (the map's data). */
  places(page: Page): Promise<CorpusPlace[]>;
  close(): Promise<void>;
  /** Articles matching every filter given: by FTS rank with a snippet when there is a query, else newest published first (snippet ''). */
  findArticles(filter: ArticleFilter, page: Page): Promise<SearchHit[]>;
  /** Articles and mentions of one corpus entity per day, oldest first. */
  entityTimeline(id: number): Promise<TimelinePoint[]>;
  /** Countries the linked entities belong to, with their articles and mentions, most articles first. */
  countryCounts(): Promise<CountryCount[]>;
  /** The corpus entity id of each link of an article, in link order (empty for an unknown id). */
  linkEntities(id: string): Promise<number[]>;
  /** A number that changes whenever articles are saved (by anyone), so answers can be cached until then. */
  dataVersion(): Promise<number>;
  /** Plain events between two actor code prefixes, per day and QuadClass, oldest first; see {@link RelationCell}. */
  relation(a: string, b: string, direction: RelationDirection): Promise<RelationCell[]>;
}
