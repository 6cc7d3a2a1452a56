/**
 * The first schema: articles with their metadata, the paragraph/sentence/token layers, diagnostics
 * and a full-text index.
 *
 * Design notes, each backed by the query it serves:
 * - `articles.seq` is an `INTEGER PRIMARY KEY` (an alias of the rowid, so VACUUM never renumbers
 *   it). It is the FTS5 rowid and the key every layer row points at: an 8-byte integer instead of a
 *   32-character hash in each of ~45k sentence rows, and new rows append at the end of each B-tree
 *   instead of landing at random hash positions. The content hash stays the public id (`id`,
 *   UNIQUE), which is what users, URLs and the Store interface speak.
 * - Offsets are `char_start`/`char_end` (UTF-16 code units of `articles.text`, half-open), because
 *   `end` is reserved in PostgreSQL and awkward in SQLite, and the prefix names the unit next to
 *   `token_start`/`token_end`.
 * - Layer tables are `WITHOUT ROWID` clustered on `(article_seq, idx)`: reading one article's
 *   layer is one contiguous range scan, and there is no second rowid B-tree to maintain.
 * - Tokens are one row per article holding a packed BLOB (see `token-blob.ts`): a row per token
 *   would be ~1 million inserts for the BBC corpus, the bottleneck of ingest, while no query needs a
 *   single token without its article. Later layers (entities, quotes, events, places) are queried
 *   on their own and will get a row each.
 * - `articles.layers` lists the layers the Doc had, so an absent layer and an empty one round-trip
 *   differently.
 * - `articles_fts` is an external-content FTS5 table over `articles`, kept in sync by triggers, so
 *   the index is written by the very statement (and transaction) that inserts the article and no
 *   code path can forget it. Articles are never updated (the id is the hash of the text), so there
 *   is no UPDATE trigger. Title matches weigh 5× body matches in bm25.
 */
export const sql = /* sql */ `
CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  text         TEXT NOT NULL,
  title        TEXT,
  origin       TEXT,
  format       TEXT NOT NULL,
  url          TEXT,
  published    TEXT,
  source       TEXT,
  author       TEXT,
  language     TEXT,
  external_id  TEXT,
  encoding     TEXT,
  extra        TEXT,
  source_map   TEXT,
  layers       TEXT NOT NULL,
  ingested_at  TEXT NOT NULL,
  chars        INTEGER NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_url ON articles (url);

CREATE TABLE paragraphs (
  article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  char_start   INTEGER NOT NULL,
  char_end     INTEGER NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  char_start   INTEGER NOT NULL,
  char_end     INTEGER NOT NULL,
  token_start  INTEGER NOT NULL,
  token_end    INTEGER NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

CREATE TABLE tokens (
  article_seq  INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  count        INTEGER NOT NULL,
  packed       BLOB NOT NULL
);

CREATE TABLE diagnostics (
  article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  severity     TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  stage        TEXT NOT NULL,
  code         TEXT NOT NULL,
  text         TEXT NOT NULL,
  char_start   INTEGER,
  char_end     INTEGER,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX diagnostics_code ON diagnostics (code);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'articles', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
`;
