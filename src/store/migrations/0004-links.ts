/**
 * The links layer and corpus-level entities. Each article's link is a row (its mentions, with
 * offsets, as a JSON array of `[start, end, kind, entityIdx]`, read only with the article) pointing
 * at one `corpus_entities` row. A corpus entity is keyed by its KB id when the linker found one,
 * otherwise by kind and normalized name (`person:henry hale`), so the same unlinked person in two
 * articles is one entity. Counts and first/last seen are kept up to date on save; co-mentions are
 * a join of `links` with itself on the article.
 */
export const sql = /* sql */ `
CREATE TABLE corpus_entities (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  kb_id       TEXT,
  code        TEXT,
  mentions    INTEGER NOT NULL DEFAULT 0,
  articles    INTEGER NOT NULL DEFAULT 0,
  first_seen  TEXT,
  last_seen   TEXT
);
CREATE INDEX corpus_entities_name ON corpus_entities (name COLLATE NOCASE);
CREATE INDEX corpus_entities_mentions ON corpus_entities (mentions DESC);
CREATE TABLE links (
  article_seq    INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx            INTEGER NOT NULL,
  char_start     INTEGER NOT NULL,
  char_end       INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  kb_id          TEXT,
  country        TEXT,
  code           TEXT,
  code_basis     TEXT,
  mentions       TEXT NOT NULL,
  corpus_entity  INTEGER NOT NULL REFERENCES corpus_entities (id),
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX links_entity ON links (corpus_entity, article_seq);
`;
