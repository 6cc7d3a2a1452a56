import type Database from 'better-sqlite3';
import type { SummaryRow } from './rows.js';
import type { Prepared } from './statements.js';

/** A `corpus_entities` row. */
export interface CorpusEntityRow {
  readonly id: number;
  readonly name: string;
  readonly kind: string;
  readonly kb_id: string | null;
  readonly code: string | null;
  readonly mentions: number;
  readonly articles: number;
  readonly first_seen: string | null;
  readonly last_seen: string | null;
}

const ENTITY_COLUMNS = 'e.id, e.name, e.kind, e.kb_id, e.code, e.mentions, e.articles, e.first_seen, e.last_seen';

/** The corpus-entity queries behind `newsgraph entity` and `entities`, SQL in the open. */
export function prepareEntityStatements(db: Database.Database) {
  const prepare = <P extends unknown[], R>(sql: string): Prepared<P, R> => db.prepare<P, R>(sql);
  return {
    top: prepare<[number, number], CorpusEntityRow>(`SELECT ${ENTITY_COLUMNS} FROM corpus_entities e ORDER BY e.mentions DESC, e.articles DESC, e.id LIMIT ? OFFSET ?`),
    // An exact name or KB id first, then names containing the text; most mentioned first.
    byName: prepare<[string, string, string, string, string, number], CorpusEntityRow>(`
      SELECT ${ENTITY_COLUMNS} FROM corpus_entities e
      WHERE e.name = ? COLLATE NOCASE OR e.kb_id = ? OR e.name LIKE '%' || ? || '%' ESCAPE '\\'
      ORDER BY (e.name = ? COLLATE NOCASE OR e.kb_id = ?) DESC, e.mentions DESC LIMIT ?`),
    byId: prepare<[number], CorpusEntityRow>(`SELECT ${ENTITY_COLUMNS} FROM corpus_entities e WHERE e.id = ?`),
    // The mention spans of the entity's newest articles, with their text, to list the names used.
    mentionTexts: prepare<[number, number], { text: string; mentions: string }>(`
      SELECT a.text, l.mentions FROM links l JOIN articles a ON a.seq = l.article_seq
      WHERE l.corpus_entity = ? ORDER BY l.article_seq DESC LIMIT ?`),
    // The newest articles picked from the covering index first, so the mention count (a JSON
    // parse) is computed for the page only, not for every article of a frequent entity.
    articles: prepare<[number, number], SummaryRow & { mention_count: number }>(`
      SELECT a.id, a.title, a.origin, a.url, a.published, a.source, a.ingested_at, a.chars,
        json_array_length(l.mentions) AS mention_count
      FROM (SELECT l.article_seq AS seq, l.idx AS idx FROM links l JOIN articles a ON a.seq = l.article_seq
            WHERE l.corpus_entity = ? ORDER BY a.published DESC, a.seq DESC LIMIT ?) page
      JOIN articles a ON a.seq = page.seq JOIN links l ON l.article_seq = page.seq AND l.idx = page.idx
      ORDER BY a.published DESC, a.seq DESC`),
    coMentions: prepare<[number, number], CorpusEntityRow & { together: number }>(`
      SELECT ${ENTITY_COLUMNS}, c.articles AS together
      FROM co_mentions c JOIN corpus_entities e ON e.id = c.other
      WHERE c.entity = ?
      ORDER BY c.articles DESC, e.mentions DESC LIMIT ?`),
  };
}

/** The prepared corpus-entity statements of one connection. */
export type EntityStatements = ReturnType<typeof prepareEntityStatements>;
