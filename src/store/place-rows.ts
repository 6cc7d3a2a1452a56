import type Database from 'better-sqlite3';
import type { Place, PlaceClass, PlaceUse } from '../doc/index.js';

/** A `places` row as stored. */
export interface PlaceRow {
  readonly char_start: number;
  readonly char_end: number;
  readonly use: PlaceUse;
  readonly dateline: number;
  readonly gaz_id: string | null;
  readonly name: string | null;
  readonly place_class: PlaceClass | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly country: string | null;
  readonly link: number | null;
}

type PlaceParams = [number, number, number, number, PlaceUse, number, string | null, string | null, PlaceClass | null, number | null, number | null, string | null, number | null];

/** One place of the corpus map: a gazetteer entry with how often the corpus names it. */
export interface CorpusPlace {
  readonly gazId: string;
  readonly name: string;
  readonly placeClass: PlaceClass | null;
  readonly lat: number;
  readonly lon: number;
  /** ISO alpha-3, null for seas and regions. */
  readonly country: string | null;
  /** Mentions in every article, metonymic and demonym uses included. */
  readonly mentions: number;
  /** Articles naming it at least once. */
  readonly articles: number;
}

/** The statements of the places table, prepared once per connection. */
export function preparePlaceStatements(db: Database.Database) {
  const insert = db.prepare<PlaceParams>(`
    INSERT INTO places (article_seq, idx, char_start, char_end, use, dateline, gaz_id, name, place_class, lat, lon, country, link)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const bySeq = db.prepare<[number], PlaceRow>('SELECT * FROM places WHERE article_seq = ? ORDER BY idx');
  const corpus = db.prepare<[number, number], CorpusPlace>(`
    SELECT gaz_id AS gazId, max(name) AS name, max(place_class) AS placeClass, max(lat) AS lat, max(lon) AS lon,
           max(country) AS country, count(*) AS mentions, count(DISTINCT article_seq) AS articles
    FROM places WHERE gaz_id IS NOT NULL
    GROUP BY gaz_id
    ORDER BY mentions DESC, articles DESC, gaz_id
    LIMIT ? OFFSET ?`);
  return {
    insert(seq: number, places: readonly Place[]): void {
      places.forEach((p, idx) =>
        insert.run(seq, idx, p.start, p.end, p.use, p.dateline ? 1 : 0, p.gazId ?? null, p.name ?? null, p.placeClass ?? null,
          p.lat ?? null, p.lon ?? null, p.country ?? null, p.link ?? null),
      );
    },
    read(seq: number): Place[] {
      return bySeq.all(seq).map(placeFromRow);
    },
    corpus(limit: number, offset: number): CorpusPlace[] {
      return corpus.all(limit, offset);
    },
  };
}

/** A place from its row. */
export function placeFromRow(row: PlaceRow): Place {
  const place: { -readonly [K in keyof Place]: Place[K] } = { start: row.char_start, end: row.char_end, use: row.use };
  if (row.dateline) place.dateline = true;
  if (row.gaz_id !== null) place.gazId = row.gaz_id;
  if (row.name !== null) place.name = row.name;
  if (row.place_class !== null) place.placeClass = row.place_class;
  if (row.lat !== null) place.lat = row.lat;
  if (row.lon !== null) place.lon = row.lon;
  if (row.country !== null) place.country = row.country;
  if (row.link !== null) place.link = row.link;
  return place;
}
