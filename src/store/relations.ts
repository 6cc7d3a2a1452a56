import type Database from 'better-sqlite3';
import type { Prepared } from './statements.js';

/** Events between two actors on one day with one QuadClass: how many, and the sum of their Goldstein scores. */
export interface RelationCell {
  /** `YYYY-MM-DD`: the event's date, else its article's publication date, else the day it was stored. */
  readonly day: string;
  /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: number;
  readonly events: number;
  /** Sum and count of the Goldstein scores known for them (a code the codebook lacks has none). */
  readonly goldsteinSum: number;
  readonly goldsteinCount: number;
}

/** Which events of a pair count: `a` acting on `b` only, or both ways. */
export type RelationDirection = 'both' | 'forward';

const likePrefix = (code: string): string => `${code.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The relation series of an actor pair. Actor codes match as prefixes, so `USA` takes in USAGOV and
 * USAMIL. Negated and hypothetical events are left out: "did not attack" and "may attack" are not
 * conflict. An event is placed on its date, else its article's publication date, else the day the
 * article was stored (as entity timelines are); events with no QuadClass are left out.
 */
export function prepareRelationStatements(db: Database.Database) {
  const cells: Prepared<[string, string, number, string, string], RelationCell> = db.prepare(`
    SELECT substr(coalesce(e.date, a.published, a.ingested_at), 1, 10) AS day, e.quad_class AS quadClass, count(*) AS events,
      coalesce(sum(e.goldstein), 0) AS goldsteinSum, count(e.goldstein) AS goldsteinCount
    FROM events e JOIN articles a ON a.seq = e.article_seq
    WHERE e.negated = 0 AND e.hypothetical = 0 AND e.quad_class IS NOT NULL
      AND ((e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\')
        OR (? = 1 AND e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\'))
    GROUP BY day, quad_class ORDER BY day`);
  return {
    relation(a: string, b: string, direction: RelationDirection): RelationCell[] {
      return cells.all(likePrefix(a), likePrefix(b), direction === 'both' ? 1 : 0, likePrefix(b), likePrefix(a));
    },
  };
}
