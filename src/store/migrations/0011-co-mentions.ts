/**
 * Co-mentions kept as counts: for each ordered pair of corpus entities, the number of articles
 * naming both. Computing them from `links` at query time joins every article of the entity with
 * every link of those articles, which for an entity in thousands of articles ("U.S." in Reuters)
 * takes a tenth of a second; the save adds a few upserts per article instead. Filled here from the
 * links already stored.
 */
export const sql = /* sql */ `
CREATE TABLE co_mentions (
  entity    INTEGER NOT NULL REFERENCES corpus_entities (id),
  other     INTEGER NOT NULL REFERENCES corpus_entities (id),
  articles  INTEGER NOT NULL,
  PRIMARY KEY (entity, other)
) WITHOUT ROWID;
CREATE INDEX co_mentions_rank ON co_mentions (entity, articles DESC);
INSERT INTO co_mentions (entity, other, articles)
  SELECT mine.corpus_entity, other.corpus_entity, count(DISTINCT mine.article_seq)
  FROM links mine JOIN links other ON other.article_seq = mine.article_seq AND other.corpus_entity <> mine.corpus_entity
  GROUP BY mine.corpus_entity, other.corpus_entity;
`;
