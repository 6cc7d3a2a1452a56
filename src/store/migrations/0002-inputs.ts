/**
 * Every input an article was read from. The article id is the hash of its text, so the same text
 * read from two files (the BBC corpus holds 98 byte-identical pairs) or published by two outlets is
 * one article; without this table the second input's path, URL, source and date would be lost.
 * Keyed on `(article_seq, origin)`: reading the same input again adds nothing.
 */
export const sql = /* sql */ `
CREATE TABLE inputs (
  article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  origin       TEXT NOT NULL,
  format       TEXT NOT NULL,
  title        TEXT,
  url          TEXT,
  published    TEXT,
  source       TEXT,
  external_id  TEXT,
  ingested_at  TEXT NOT NULL,
  PRIMARY KEY (article_seq, origin)
) WITHOUT ROWID;

INSERT INTO inputs (article_seq, origin, format, title, url, published, source, external_id, ingested_at)
  SELECT seq, coalesce(origin, ''), format, title, url, published, source, external_id, ingested_at FROM articles;
`;
