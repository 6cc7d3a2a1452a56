import type Database from 'better-sqlite3';
import type { Event } from '../doc/index.js';

/**
 * Filters of {@link EventRecord} listings; every field optional, all given ones must hold.
 *
 * @example { source: 'USA', code: '19', from: '2017-01-01', plain: true }
 */
export interface EventQuery {
  /** Source actor code prefix ("USA" matches USA, USAGOV, USAMIL). */
  readonly source?: string;
  /** Target actor code prefix. */
  readonly target?: string;
  /** CAMEO event code prefix ("19" is every use of military force, "195" aerial weapons). */
  readonly code?: string;
  /** Earliest event date, ISO, inclusive. */
  readonly from?: string;
  /** Latest event date, ISO, inclusive (a date matches every time on that day). */
  readonly to?: string;
  /** Only events that are neither negated nor hypothetical. */
  readonly plain?: boolean;
  /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass?: number;
  /** Part of the name of the place the event happened (its `place.name`), any case. */
  readonly place?: string;
  /** Corpus entity id the source actor is linked to (not a code prefix: this one entity). */
  readonly sourceEntity?: number;
  /** Corpus entity id the target actor is linked to. */
  readonly targetEntity?: number;
}

/** An event as listings show it: the stored event, its article, and the words of its evidence. */
export interface EventRecord {
  readonly article: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** ISO 8601 time the article was stored. */
  readonly ingestedAt: string;
  readonly event: Event;
  /** The words of the source, action and target spans, whitespace collapsed. */
  readonly sourceText: string;
  readonly actionText: string;
  readonly targetText: string;
  /** The sentence the event was coded from. */
  readonly sentenceText: string;
  /** Corpus names of the source and target links, null when the actor has no link. */
  readonly sourceName: string | null;
  readonly targetName: string | null;
}

type EventParams = [number, number, number, number, string, string, string, number | null, number | null, string | null, number, number, number, string];

interface ListRow {
  readonly data: string;
  readonly text: string;
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly ingested_at: string;
  readonly sentence_start: number | null;
  readonly sentence_end: number | null;
  readonly source_name: string | null;
  readonly target_name: string | null;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
const likePrefix = (s: string | undefined): string | null => (s ? `${s.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null);

/** The statements of the events table, prepared once per connection. */
export function prepareEventStatements(db: Database.Database) {
  const insert = db.prepare<EventParams>(`
    INSERT INTO events (article_seq, idx, char_start, char_end, source_code, target_code, code, quad_class, goldstein, date,
      negated, hypothetical, quoted, data)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const bySeq = db.prepare<[number], { data: string }>('SELECT data FROM events WHERE article_seq = ? ORDER BY idx');
  const list = db.prepare<[string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, number, number | null, number | null, string | null, string | null, number | null, number | null, number | null, number | null, number, number], ListRow>(`
    SELECT e.data, a.text, a.id, a.title, a.published, a.url, a.ingested_at, s.char_start AS sentence_start, s.char_end AS sentence_end,
      (SELECT ce.name FROM links l JOIN corpus_entities ce ON ce.id = l.corpus_entity
        WHERE l.article_seq = e.article_seq AND l.idx = json_extract(e.data, '$.source.link')) AS source_name,
      (SELECT ce.name FROM links l JOIN corpus_entities ce ON ce.id = l.corpus_entity
        WHERE l.article_seq = e.article_seq AND l.idx = json_extract(e.data, '$.target.link')) AS target_name
    FROM events e JOIN articles a ON a.seq = e.article_seq
    LEFT JOIN sentences s ON s.article_seq = e.article_seq AND s.idx = json_extract(e.data, '$.sentence')
    WHERE (? IS NULL OR e.source_code LIKE ? ESCAPE '\\')
      AND (? IS NULL OR e.target_code LIKE ? ESCAPE '\\')
      AND (? IS NULL OR e.code LIKE ? ESCAPE '\\')
      AND (? IS NULL OR e.date >= ?)
      AND (? IS NULL OR substr(e.date, 1, 10) <= ?)
      AND (? = 0 OR (e.negated = 0 AND e.hypothetical = 0))
      AND (? IS NULL OR e.quad_class = ?)
      AND (? IS NULL OR json_extract(e.data, '$.place.name') LIKE ? ESCAPE '\\')
      AND (? IS NULL OR EXISTS (SELECT 1 FROM links l WHERE l.article_seq = e.article_seq
        AND l.idx = json_extract(e.data, '$.source.link') AND l.corpus_entity = ?))
      AND (? IS NULL OR EXISTS (SELECT 1 FROM links l WHERE l.article_seq = e.article_seq
        AND l.idx = json_extract(e.data, '$.target.link') AND l.corpus_entity = ?))
    ORDER BY e.date DESC, a.seq DESC, e.idx
    LIMIT ? OFFSET ?`);
  return {
    insert(seq: number, events: readonly Event[]): void {
      events.forEach((e, idx) =>
        insert.run(seq, idx, e.start, e.end, e.source.code, e.target.code, e.code, e.quadClass ?? null, e.goldstein ?? null, e.date ?? null,
          e.negated ? 1 : 0, e.hypothetical ? 1 : 0, e.quoted ? 1 : 0, JSON.stringify(e)),
      );
    },
    read(seq: number): Event[] {
      return bySeq.all(seq).map((r) => JSON.parse(r.data) as Event);
    },
    list(query: EventQuery, limit: number, offset: number): EventRecord[] {
      const source = likePrefix(query.source);
      const target = likePrefix(query.target);
      const code = query.code ? `${query.code.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
      const from = query.from ?? null;
      const to = query.to ?? null;
      const quad = query.quadClass ?? null;
      const sourceEntity = query.sourceEntity ?? null;
      const targetEntity = query.targetEntity ?? null;
      const place = query.place ? `%${query.place.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
      const rows = list.all(source, source, target, target, code, code, from, from, to, to, query.plain ? 1 : 0, quad, quad, place, place, sourceEntity, sourceEntity, targetEntity, targetEntity, limit, offset);
      return rows.map((row) => {
        const event = JSON.parse(row.data) as Event;
        const slice = (s: { start: number; end: number }): string => clean(row.text.slice(s.start, s.end));
        return {
          article: row.id, title: row.title, published: row.published, url: row.url, ingestedAt: row.ingested_at, event,
          sourceText: slice(event.source), actionText: slice(event), targetText: slice(event.target),
          sentenceText: row.sentence_start !== null && row.sentence_end !== null ? clean(row.text.slice(row.sentence_start, row.sentence_end)) : '',
          sourceName: row.source_name, targetName: row.target_name,
        };
      });
    },
  };
}
