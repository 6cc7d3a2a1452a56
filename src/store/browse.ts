import type Database from 'better-sqlite3';
import { literalQuery } from './search-query.js';
import { summaryFromRow, type SummaryRow } from './rows.js';
import type { Prepared } from './statements.js';
import type { Page, SearchHit } from './store.js';

/**
 * Filters of an article listing. All are optional and combine with AND; `query` is FTS5 syntax
 * (a query FTS5 cannot parse is retried word by word, as `search` does). Dates are ISO
 * `YYYY-MM-DD`, both inclusive, compared with `meta.published`; `entity` is a corpus entity id.
 */
export interface ArticleFilter {
  readonly query?: string;
  readonly source?: string;
  readonly from?: string;
  readonly to?: string;
  readonly entity?: number;
  /** CAMEO event code prefix ("19"): the article must hold a coded event with it. */
  readonly eventCode?: string;
  /** A resolved place the article names: its gazetteer id (`gn:491422`) or its name, any case. */
  readonly place?: string;
}

/** How many articles mention an entity on one day (publication date, else storing date). */
export interface TimelinePoint {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  readonly articles: number;
  readonly mentions: number;
}

/** How much the corpus speaks of one country: its linked entities' articles and mentions. */
export interface CountryCount {
  /** ISO 3166 alpha-3. */
  readonly country: string;
  readonly articles: number;
  readonly mentions: number;
}

type FilterParams = [string | null, string | null, string | null, string | null, string | null, string | null, number | null, number | null, string | null, string | null, string | null, string | null, string | null];

// One WHERE clause for both listings: each filter is `? IS NULL OR …`, so an absent one costs a
// constant comparison; `date(?, '+1 day')` makes the `to` day inclusive for timestamps too.
const FILTERS = `
  (? IS NULL OR a.source = ?)
  AND (? IS NULL OR a.published >= ?)
  AND (? IS NULL OR a.published < date(?, '+1 day'))
  AND (? IS NULL OR EXISTS (SELECT 1 FROM links l WHERE l.article_seq = a.seq AND l.corpus_entity = ?))
  AND (? IS NULL OR EXISTS (SELECT 1 FROM events ev WHERE ev.article_seq = a.seq AND ev.code LIKE ?))
  AND (? IS NULL OR EXISTS (SELECT 1 FROM places p WHERE p.article_seq = a.seq AND (p.gaz_id = ? OR p.name = ? COLLATE NOCASE)))`;

const SUMMARY_COLUMNS = 'a.id, a.title, a.origin, a.url, a.published, a.source, a.ingested_at, a.chars';

/** The listing, timeline and map queries of the HTTP API, SQL in the open. */
export function prepareBrowseStatements(db: Database.Database) {
  const prepare = <P extends unknown[], R>(sql: string): Prepared<P, R> => db.prepare<P, R>(sql);
  const matching = prepare<[string, ...FilterParams, number, number], SummaryRow & { snippet: string; rank: number }>(`
    SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, -1, '[', ']', '…', 12) AS snippet, articles_fts.rank AS rank
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH ? AND ${FILTERS}
    ORDER BY articles_fts.rank LIMIT ? OFFSET ?`);
  const all = prepare<[...FilterParams, number, number], SummaryRow>(`
    SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${FILTERS}
    ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?`);
  const timeline = prepare<[number], TimelinePoint>(`
    SELECT substr(coalesce(a.published, a.ingested_at), 1, 10) AS day, count(*) AS articles,
      sum(json_array_length(l.mentions)) AS mentions
    FROM links l JOIN articles a ON a.seq = l.article_seq
    WHERE l.corpus_entity = ? GROUP BY day ORDER BY day`);
  const linkEntities = prepare<[string], { corpus_entity: number }>(`
    SELECT l.corpus_entity FROM links l JOIN articles a ON a.seq = l.article_seq WHERE a.id = ? ORDER BY l.idx`);
  const version = prepare<[], { v: number | null }>('SELECT max(seq) AS v FROM articles');
  const countries = prepare<[], CountryCount>(`
    SELECT country, count(DISTINCT article_seq) AS articles, sum(json_array_length(mentions)) AS mentions
    FROM links WHERE country IS NOT NULL GROUP BY country ORDER BY articles DESC, country`);

  function filterParams(f: ArticleFilter): FilterParams {
    const source = f.source ?? null;
    const from = f.from ?? null;
    const to = f.to ?? null;
    const entity = f.entity ?? null;
    // Codes are digits only (the API checks), so the prefix needs no LIKE escaping.
    const code = f.eventCode !== undefined ? `${f.eventCode}%` : null;
    const place = f.place ?? null;
    return [source, source, from, from, to, to, entity, entity, code, code, place, place, place];
  }

  return {
    articles(filter: ArticleFilter, page: Page): SearchHit[] {
      const params = filterParams(filter);
      if (filter.query === undefined) {
        return all.all(...params, page.limit, page.offset).map((row) => ({ ...summaryFromRow(row), snippet: '', rank: 0 }));
      }
      const run = (q: string) => matching.all(q, ...params, page.limit, page.offset);
      let rows;
      try {
        rows = run(filter.query);
      } catch (error) {
        // SQLITE_ERROR is FTS5's answer to a query it cannot parse; other errors still throw.
        if (!(error instanceof Error && 'code' in error && error.code === 'SQLITE_ERROR')) throw error;
        const literal = literalQuery(filter.query);
        rows = literal === undefined ? [] : run(literal);
      }
      return rows.map((row) => ({ ...summaryFromRow(row), snippet: row.snippet, rank: row.rank }));
    },
    timeline: (entity: number): TimelinePoint[] => timeline.all(entity),
    countries: (): CountryCount[] => countries.all(),
    linkEntities: (id: string): number[] => linkEntities.all(id).map((row) => row.corpus_entity),
    // Articles are only ever appended (the id is the text's hash), so the last seq changes with
    // every save, from this connection or another process's `newsgraph ingest`.
    version: (): number => version.get()?.v ?? 0,
  };
}
