/**
 * The dates layer: one row per time expression with its TIMEX3 type, value (null when a relative
 * expression could not be resolved), mod and what the value was computed from. Indexed by value so
 * "articles about April 2017" is a prefix lookup (`value >= '2017-04' AND value < '2017-05'`).
 */
export const sql = /* sql */ `
CREATE TABLE dates (
  article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  char_start   INTEGER NOT NULL,
  char_end     INTEGER NOT NULL,
  type         TEXT NOT NULL,
  value        TEXT,
  mod          TEXT,
  basis        TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX dates_value ON dates (value);
`;
