/**
 * The quotes layer: one row per quotation or report, its content fragments as a JSON array of
 * `[start, end]`, its cue, speaker and addressee spans with their link indexes (null when the
 * linker did not resolve them). `speaker_name` is the speaker's name as the corpus knows it (its
 * link's name, else its words), so `newsgraph quotes --speaker` is one indexed lookup.
 */
export const sql = /* sql */ `
CREATE TABLE quotes (
  article_seq      INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx              INTEGER NOT NULL,
  char_start       INTEGER NOT NULL,
  char_end         INTEGER NOT NULL,
  kind             TEXT NOT NULL,
  content          TEXT NOT NULL,
  cue_start        INTEGER,
  cue_end          INTEGER,
  speaker_start    INTEGER,
  speaker_end      INTEGER,
  speaker_link     INTEGER,
  addressee_start  INTEGER,
  addressee_end    INTEGER,
  addressee_link   INTEGER,
  speaker_name     TEXT,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker_name COLLATE NOCASE);
`;
