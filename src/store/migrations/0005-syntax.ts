/**
 * Part-of-speech tags and chunks, one row per article each, packed like tokens: they are read
 * with their article (the event coder's input), never queried on their own, and a row per token
 * would triple the database. Spans are not stored; they are the tokens'. `pos_tags.tags` is the
 * tags joined by one space, one per token; `chunks.packed` is `TYPE START END` triples of token
 * indexes joined by spaces ("NP 0 4 VP 4 5").
 */
export const sql = /* sql */ `
CREATE TABLE pos_tags (
  article_seq  INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  count        INTEGER NOT NULL,
  tags         TEXT NOT NULL
);
CREATE TABLE chunks (
  article_seq  INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  count        INTEGER NOT NULL,
  packed       TEXT NOT NULL
);
`;
