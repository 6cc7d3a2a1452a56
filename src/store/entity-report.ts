import type { CorpusEntity, EntityReport } from './corpus-entity.js';
import type { CorpusEntityRow, EntityStatements } from './entity-statements.js';
import { summaryFromRow } from './rows.js';

/** Articles read to list an entity's aliases; the newest ones say how it is named now. */
const ALIAS_ARTICLES = 200;

/** A corpus entity from its row. */
export function corpusEntityFromRow(row: CorpusEntityRow): CorpusEntity {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    kbId: row.kb_id,
    code: row.code,
    mentions: row.mentions,
    articles: row.articles,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
  };
}

/**
 * Builds the report of one entity. Alias texts are sliced from each article's text in
 * JavaScript, not with SQL `substr`, which counts code points where offsets are UTF-16 units.
 */
export function entityReport(st: EntityStatements, id: number, limit = 10): EntityReport | undefined {
  const row = st.byId.get(id);
  if (!row) return undefined;
  const counts = new Map<string, number>();
  for (const { text, mentions } of st.mentionTexts.all(id, ALIAS_ARTICLES)) {
    for (const [start, end, kind] of JSON.parse(mentions) as [number, number, string][]) {
      if (kind === 'pronoun') continue;
      const alias = text.slice(start, end).replace(/\s+/g, ' ');
      counts.set(alias, (counts.get(alias) ?? 0) + 1);
    }
  }
  return {
    entity: corpusEntityFromRow(row),
    aliases: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([text, count]) => ({ text, count })),
    articles: st.articles.all(id, limit).map((r) => ({ ...summaryFromRow(r), mentions: r.mention_count })),
    coMentions: st.coMentions.all(id, limit).map((r) => ({ ...corpusEntityFromRow(r), together: r.together })),
  };
}
