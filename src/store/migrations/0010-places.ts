/**
 * The places layer: one row per toponym mention with its use (literal, metonymic, demonym), the
 * gazetteer entry it resolved to (id, name, class, coordinates, country; all null when
 * unresolved) and its link index. The corpus map groups rows by `gaz_id`, hence the index.
 */
export const sql = /* sql */ `
CREATE TABLE places (
  article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  char_start   INTEGER NOT NULL,
  char_end     INTEGER NOT NULL,
  use          TEXT NOT NULL,
  dateline     INTEGER NOT NULL DEFAULT 0,
  gaz_id       TEXT,
  name         TEXT,
  place_class  TEXT,
  lat          REAL,
  lon          REAL,
  country      TEXT,
  link         INTEGER,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX places_gaz ON places (gaz_id);
`;
