/**
 * Entity mentions, one row each: unlike tokens they are queried on their own ("every article
 * mentioning a PER named Hale", counts by type), so they get a row and indexes rather than a blob.
 * `country` is the ISO 3166 alpha-3 code a nationality adjective points to ("Russian" → RUS).
 */
export const sql = /* sql */ `
CREATE TABLE entities (
  article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  char_start   INTEGER NOT NULL,
  char_end     INTEGER NOT NULL,
  token_start  INTEGER NOT NULL,
  token_end    INTEGER NOT NULL,
  type         TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'MISC')),
  country      TEXT,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX entities_type ON entities (type);
`;
