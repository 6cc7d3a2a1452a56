import type Database from 'better-sqlite3';
import type { Doc, Layers } from '../doc/index.js';
import { openDatabase } from './connection.js';
import { StoreError } from './errors.js';
import {
  articleParams,
  diagnosticFromRow,
  docFromRows,
  paragraphFromRow,
  sentenceFromRow,
  storedLayerNames,
  summaryFromRow,
  type ArticleParams,
  type ArticleRow,
  type DiagnosticRow,
  type ParagraphRow,
  type SentenceRow,
  type SummaryRow,
} from './rows.js';
import { literalQuery } from './search-query.js';
import type { Page, SaveResult, SearchHit, Store, StoreStats } from './store.js';
import { packTokens, unpackTokens } from './token-blob.js';

/** Options for {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Open an existing, current database for reading only: no migration, every write rejected. Default false. */
  readonly readonly?: boolean;
}

const SUMMARY_COLUMNS = 'a.id, a.title, a.origin, a.url, a.published, a.source, a.ingested_at, a.chars';

/** Ids are lowercase hex; every id starting with `prefix` sorts in `[prefix, prefix + 'g')`. */
const HEX = /^[0-9a-f]+$/;

function prepareStatements(db: Database.Database) {
  return {
    insertArticle: db.prepare<ArticleParams>(`
      INSERT OR IGNORE INTO articles (id, text, title, origin, format, url, published, source, author,
        language, external_id, encoding, extra, source_map, layers, ingested_at, chars)
      VALUES (@id, @text, @title, @origin, @format, @url, @published, @source, @author,
        @language, @external_id, @encoding, @extra, @source_map, @layers, @ingested_at, @chars)`),
    insertParagraph: db.prepare<[number, number, number, number]>(
      'INSERT INTO paragraphs (article_seq, idx, char_start, char_end) VALUES (?, ?, ?, ?)',
    ),
    insertSentence: db.prepare<[number, number, number, number, number, number]>(
      'INSERT INTO sentences (article_seq, idx, char_start, char_end, token_start, token_end) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertTokens: db.prepare<[number, number, Buffer]>('INSERT INTO tokens (article_seq, count, packed) VALUES (?, ?, ?)'),
    insertDiagnostic: db.prepare<[number, number, string, string, string, string, number | null, number | null]>(
      'INSERT INTO diagnostics (article_seq, idx, severity, stage, code, text, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    has: db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))'),
    resolveId: db.prepare<[string, string, number], { id: string }>(
      'SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?',
    ),
    article: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
    paragraphs: db.prepare<[number], ParagraphRow>(
      'SELECT char_start, char_end FROM paragraphs WHERE article_seq = ? ORDER BY idx',
    ),
    sentences: db.prepare<[number], SentenceRow>(
      'SELECT char_start, char_end, token_start, token_end FROM sentences WHERE article_seq = ? ORDER BY idx',
    ),
    tokens: db.prepare<[number], { count: number; packed: Buffer }>('SELECT count, packed FROM tokens WHERE article_seq = ?'),
    diagnosticsBySeq: db.prepare<[number], DiagnosticRow>(
      'SELECT severity, stage, code, text, char_start, char_end FROM diagnostics WHERE article_seq = ? ORDER BY idx',
    ),
    diagnosticsById: db.prepare<[string], DiagnosticRow>(`
      SELECT d.severity, d.stage, d.code, d.text, d.char_start, d.char_end
      FROM diagnostics d JOIN articles a ON a.seq = d.article_seq
      WHERE a.id = ? ORDER BY d.idx`),
    list: db.prepare<[number, number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY a.seq DESC LIMIT ? OFFSET ?`,
    ),
    // snippet(): best column (-1), matches in [ ], '…' where text was cut, about 12 tokens.
    search: db.prepare<[string, number, number], SummaryRow & { snippet: string; rank: number }>(`
      SELECT ${SUMMARY_COLUMNS},
        snippet(articles_fts, -1, '[', ']', '…', 12) AS snippet,
        articles_fts.rank AS rank
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ?
      ORDER BY articles_fts.rank
      LIMIT ? OFFSET ?`),
    counts: db.prepare<[], Omit<StoreStats, 'byFormat' | 'bySource' | 'published'> & { first: string | null; last: string | null }>(`
      SELECT
        (SELECT count(*) FROM articles) AS articles,
        (SELECT count(*) FROM paragraphs) AS paragraphs,
        (SELECT count(*) FROM sentences) AS sentences,
        (SELECT coalesce(sum(count), 0) FROM tokens) AS tokens,
        (SELECT count(*) FROM diagnostics) AS diagnostics,
        (SELECT min(published) FROM articles) AS first,
        (SELECT max(published) FROM articles) AS last`),
    byFormat: db.prepare<[], { key: string; n: number }>(
      'SELECT format AS key, count(*) AS n FROM articles GROUP BY format ORDER BY n DESC, key',
    ),
    bySource: db.prepare<[], { key: string; n: number }>(
      'SELECT source AS key, count(*) AS n FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY n DESC, key LIMIT 20',
    ),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

/** Writes the layers and diagnostics of one newly inserted article. */
function insertLayers(st: Statements, seq: number, doc: Doc): void {
  doc.layers.paragraphs?.forEach((p, i) => st.insertParagraph.run(seq, i, p.start, p.end));
  doc.layers.sentences?.forEach((s, i) => st.insertSentence.run(seq, i, s.start, s.end, s.tokenStart, s.tokenEnd));
  const tokens = doc.layers.tokens;
  if (tokens) st.insertTokens.run(seq, tokens.length, packTokens(tokens));
  doc.diagnostics.forEach((d, i) =>
    st.insertDiagnostic.run(seq, i, d.severity, d.stage, d.code, d.text, d.span?.start ?? null, d.span?.end ?? null),
  );
}

/** Reads back the layers the article row says it has. */
function readLayers(st: Statements, row: ArticleRow): Partial<Layers> {
  const layers: { -readonly [K in keyof Layers]?: Layers[K] } = {};
  for (const name of storedLayerNames(row)) {
    switch (name) {
      case 'paragraphs':
        layers.paragraphs = st.paragraphs.all(row.seq).map(paragraphFromRow);
        break;
      case 'sentences':
        layers.sentences = st.sentences.all(row.seq).map(sentenceFromRow);
        break;
      case 'tokens': {
        const packed = st.tokens.get(row.seq);
        if (!packed) throw new StoreError('E_STORE_CORRUPT', `article ${row.id} lists a tokens layer but has no token row`);
        layers.tokens = unpackTokens(packed.packed, packed.count);
        break;
      }
    }
  }
  return layers;
}

/**
 * Opens the SQLite store at `path` (created and migrated if needed; `:memory:` for a throwaway
 * one). One connection, prepared statements reused; each `saveBatch` is one IMMEDIATE transaction.
 *
 * `search` takes FTS5 query syntax; a query FTS5 cannot parse (`"unbalanced`, `AND AND`,
 * `nosuchcolumn:x`) never throws: it is retried with each word quoted as a literal phrase, and a
 * query with no letters or digits at all finds nothing.
 *
 * @example
 * const store = openSqliteStore('newsgraph.db');
 * const { added, present } = await store.saveBatch(docs);
 * const hits = await store.search('Putin OR Trump', { limit: 10, offset: 0 });
 * await store.close();
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const readonly = options.readonly ?? false;
  const db = openDatabase(path, readonly);
  const st = prepareStatements(db);

  const save = db.transaction((docs: readonly Doc[], ingestedAt: string): SaveResult => {
    const added: string[] = [];
    const present: string[] = [];
    const seen = new Set<string>();
    for (const doc of docs) {
      if (seen.has(doc.id)) continue;
      seen.add(doc.id);
      const info = st.insertArticle.run(articleParams(doc, ingestedAt));
      if (info.changes === 0) {
        present.push(doc.id);
        continue;
      }
      insertLayers(st, Number(info.lastInsertRowid), doc);
      added.push(doc.id);
    }
    return { added, present };
  });

  function searchRows(query: string, page: Page) {
    try {
      return st.search.all(query, page.limit, page.offset);
    } catch (error) {
      // SQLITE_ERROR is what FTS5 raises for a query it cannot parse; busy, corrupt or closed
      // databases raise other codes and still throw.
      if (!(error instanceof Error && 'code' in error && error.code === 'SQLITE_ERROR')) throw error;
      const literal = literalQuery(query);
      return literal === undefined ? [] : st.search.all(literal, page.limit, page.offset);
    }
  }

  return {
    async saveBatch(docs) {
      if (readonly) throw new StoreError('E_STORE_READONLY', `store '${path}' was opened read-only; open it without readonly to save`);
      // The same instant for the whole batch: it was stored by one transaction.
      return save.immediate(docs, new Date().toISOString());
    },
    async has(ids) {
      return new Set(st.has.all(JSON.stringify(ids)).map((row) => row.id));
    },
    async resolveId(prefix, limit = 10) {
      const p = prefix.toLowerCase();
      return HEX.test(p) ? st.resolveId.all(p, `${p}g`, limit).map((row) => row.id) : [];
    },
    async getDoc(id) {
      const row = st.article.get(id);
      if (!row) return undefined;
      return { ...docFromRows(row, st.diagnosticsBySeq.all(row.seq)), layers: readLayers(st, row) };
    },
    async listArticles(page) {
      return st.list.all(page.limit, page.offset).map(summaryFromRow);
    },
    async search(query, page): Promise<SearchHit[]> {
      return searchRows(query, page).map((row) => ({ ...summaryFromRow(row), snippet: row.snippet, rank: row.rank }));
    },
    async stats() {
      const { first, last, ...counts } = st.counts.get()!;
      const tally = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.n]));
      return { ...counts, byFormat: tally(st.byFormat.all()), bySource: tally(st.bySource.all()), published: { first, last } };
    },
    async diagnostics(id) {
      return st.diagnosticsById.all(id).map(diagnosticFromRow);
    },
    async close() {
      db.close();
    },
  };
}
