/**
 * The events layer: one row per coded event. The columns `events` filters on (actor codes,
 * CAMEO code, date, flags) are plain columns with indexes; `data` is the whole event as JSON
 * (every span, codebook value and flag), which is what a read returns, so a field added to the
 * Event type needs no migration to round-trip.
 */
export const sql = /* sql */ `
CREATE TABLE events (
  article_seq   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,
  char_start    INTEGER NOT NULL,
  char_end      INTEGER NOT NULL,
  source_code   TEXT NOT NULL,
  target_code   TEXT NOT NULL,
  code          TEXT NOT NULL,
  quad_class    INTEGER,
  goldstein     REAL,
  date          TEXT,
  negated       INTEGER NOT NULL,
  hypothetical  INTEGER NOT NULL,
  quoted        INTEGER NOT NULL,
  data          TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_date ON events (date);
`;
