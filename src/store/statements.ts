import type Database from 'better-sqlite3';
import type { ArticleParams, ArticleRow, DiagnosticRow, EntityRow, ParagraphRow, SentenceRow, SummaryRow } from './rows.js';
import type { LinkRow } from './link-rows.js';
import type { StoreStats } from './store.js';

/** The listing columns, shared by `list` and `search` so both return the same summary. */
const SUMMARY_COLUMNS = 'a.id, a.title, a.origin, a.url, a.published, a.source, a.ingested_at, a.chars';

/**
 * The part of a prepared better-sqlite3 statement the store uses, named here because the
 * package's own statement type cannot be named in emitted declarations (TS4058).
 */
export interface Prepared<P extends unknown[], R> {
  run(...params: P): Database.RunResult;
  get(...params: P): R | undefined;
  all(...params: P): R[];
}

function prepare<P extends unknown[], R = unknown>(db: Database.Database, sql: string): Prepared<P, R> {
  return db.prepare<P, R>(sql);
}

/**
 * Every statement the SQLite store runs, prepared once per connection and reused. The SQL is
 * all here, in the open; values are always bound parameters.
 */
export function prepareStatements(db: Database.Database) {
  return {
    // ON CONFLICT (id) rather than INSERT OR IGNORE: OR IGNORE would also silently drop a row that
    // breaks NOT NULL or CHECK, and the batch would report it as present.
    insertArticle: prepare<[ArticleParams]>(db, `
      INSERT INTO articles (id, text, title, origin, format, url, published, source, author,
        language, external_id, encoding, extra, source_map, layers, ingested_at, chars)
      VALUES (@id, @text, @title, @origin, @format, @url, @published, @source, @author,
        @language, @external_id, @encoding, @extra, @source_map, @layers, @ingested_at, @chars)
      ON CONFLICT (id) DO NOTHING`),
    // A whole layer per statement: its rows arrive as one JSON array of tuples and json_each's
    // `key` (the array index) is the row's idx. One call per layer instead of one per row (~28 for
    // a typical article): crossing between JavaScript and SQLite was most of the non-FTS save time.
    insertParagraphs: prepare<[number, string]>(db, `
      INSERT INTO paragraphs (article_seq, idx, char_start, char_end)
      SELECT ?, key, value ->> 0, value ->> 1 FROM json_each(?)`),
    insertSentences: prepare<[number, string]>(db, `
      INSERT INTO sentences (article_seq, idx, char_start, char_end, token_start, token_end)
      SELECT ?, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?)`),
    insertEntities: prepare<[number, string]>(db, `
      INSERT INTO entities (article_seq, idx, char_start, char_end, token_start, token_end, type, country)
      SELECT ?, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(?)`),
    // One row per corpus entity: a new article's link adds its mentions and one article; a
    // person's longer name wins ("Vladimir Putin" over "Putin") so the listing shows the full name.
    upsertCoMention: prepare<[number, number], void>(db, `
      INSERT INTO co_mentions (entity, other, articles) VALUES (?, ?, 1)
      ON CONFLICT (entity, other) DO UPDATE SET articles = articles + 1`),
    upsertCorpusEntity: prepare<[string, string, string, string | null, string | null, number, string, string], { id: number }>(db, `
      INSERT INTO corpus_entities (key, name, kind, kb_id, code, mentions, articles, first_seen, last_seen)
      VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
      ON CONFLICT (key) DO UPDATE SET
        mentions = mentions + excluded.mentions,
        articles = articles + 1,
        first_seen = min(first_seen, excluded.first_seen),
        last_seen = max(last_seen, excluded.last_seen),
        code = coalesce(excluded.code, code),
        name = CASE WHEN kind = 'person' AND length(excluded.name) > length(name) THEN excluded.name ELSE name END
      RETURNING id`),
    insertLink: prepare<[number, number, number, number, string, string | null, string | null, string | null, string | null, string, string | null, number]>(db, `
      INSERT INTO links (article_seq, idx, char_start, char_end, kind, kb_id, country, code, code_basis, mentions, kind_evidence, corpus_entity)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertInput: prepare<[string, string, string | null, string | null, string | null, string | null, string | null, string, string]>(
      db,
      `INSERT INTO inputs (article_seq, origin, format, title, url, published, source, external_id, ingested_at)
       SELECT seq, ?, ?, ?, ?, ?, ?, ?, ? FROM articles WHERE id = ?
       ON CONFLICT (article_seq, origin) DO NOTHING`,
    ),
    insertTokens: prepare<[number, number, Buffer]>(db, 'INSERT INTO tokens (article_seq, count, packed) VALUES (?, ?, ?)'),
    insertPos: prepare<[number, number, string]>(db, 'INSERT INTO pos_tags (article_seq, count, tags) VALUES (?, ?, ?)'),
    insertChunks: prepare<[number, number, string]>(db, 'INSERT INTO chunks (article_seq, count, packed) VALUES (?, ?, ?)'),
    insertDiagnostic: prepare<[number, number, string, string, string, string, number | null, number | null]>(
      db,
      'INSERT INTO diagnostics (article_seq, idx, severity, stage, code, text, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    has: prepare<[string], { id: string }>(db, 'SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))'),
    // A range on the UNIQUE index: LIKE is case-insensitive, so it could not use that BINARY index.
    resolveId: prepare<[string, string, number], { id: string }>(
      db,
      'SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?',
    ),
    article: prepare<[string], ArticleRow>(db, 'SELECT * FROM articles WHERE id = ?'),
    paragraphs: prepare<[number], ParagraphRow>(
      db,
      'SELECT char_start, char_end FROM paragraphs WHERE article_seq = ? ORDER BY idx',
    ),
    entities: prepare<[number], EntityRow>(
      db,
      'SELECT char_start, char_end, token_start, token_end, type, country FROM entities WHERE article_seq = ? ORDER BY idx',
    ),
    links: prepare<[number], LinkRow>(
      db,
      'SELECT char_start, char_end, kind, kb_id, country, code, code_basis, mentions, kind_evidence FROM links WHERE article_seq = ? ORDER BY idx',
    ),
    sentences: prepare<[number], SentenceRow>(
      db,
      'SELECT char_start, char_end, token_start, token_end FROM sentences WHERE article_seq = ? ORDER BY idx',
    ),
    tokens: prepare<[number], { count: number; packed: Buffer }>(db, 'SELECT count, packed FROM tokens WHERE article_seq = ?'),
    pos: prepare<[number], { count: number; tags: string }>(db, 'SELECT count, tags FROM pos_tags WHERE article_seq = ?'),
    chunks: prepare<[number], { count: number; packed: string }>(db, 'SELECT count, packed FROM chunks WHERE article_seq = ?'),
    diagnosticsBySeq: prepare<[number], DiagnosticRow>(
      db,
      'SELECT severity, stage, code, text, char_start, char_end FROM diagnostics WHERE article_seq = ? ORDER BY idx',
    ),
    diagnosticsById: prepare<[string], DiagnosticRow>(db, `
      SELECT d.severity, d.stage, d.code, d.text, d.char_start, d.char_end
      FROM diagnostics d JOIN articles a ON a.seq = d.article_seq
      WHERE a.id = ? ORDER BY d.idx`),
    list: prepare<[number, number], SummaryRow>(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY a.seq DESC LIMIT ? OFFSET ?`,
    ),
    // snippet(): best column (-1), matches in [ ], '…' where text was cut, about 12 tokens.
    search: prepare<[string, number, number], SummaryRow & { snippet: string; rank: number }>(db, `
      SELECT ${SUMMARY_COLUMNS},
        snippet(articles_fts, -1, '[', ']', '…', 12) AS snippet,
        articles_fts.rank AS rank
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ?
      ORDER BY articles_fts.rank
      LIMIT ? OFFSET ?`),
    counts: prepare<[], Omit<StoreStats, 'byFormat' | 'bySource' | 'published'> & { first: string | null; last: string | null }>(db, `
      SELECT
        (SELECT count(*) FROM articles) AS articles,
        (SELECT count(*) FROM inputs) AS inputs,
        (SELECT count(*) FROM paragraphs) AS paragraphs,
        (SELECT count(*) FROM sentences) AS sentences,
        (SELECT coalesce(sum(count), 0) FROM tokens) AS tokens,
        (SELECT count(*) FROM diagnostics) AS diagnostics,
        (SELECT min(published) FROM articles) AS first,
        (SELECT max(published) FROM articles) AS last`),
    byFormat: prepare<[], { key: string; n: number }>(
      db,
      'SELECT format AS key, count(*) AS n FROM articles GROUP BY format ORDER BY n DESC, key',
    ),
    bySource: prepare<[], { key: string; n: number }>(
      db,
      'SELECT source AS key, count(*) AS n FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY n DESC, key LIMIT 20',
    ),
  };
}

/** The prepared statements of one connection. */
export type Statements = ReturnType<typeof prepareStatements>;
