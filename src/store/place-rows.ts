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
    SELECT gaz_id AS gazId, name, place_class AS placeClass, lat, lon, country, mentions, articles
    FROM corpus_places ORDER BY mentions DESC, articles DESC, gaz_id LIMIT ? OFFSET ?`);
  const count = db.prepare<[string, string, PlaceClass | null, number, number, string | null, number]>(`
    INSERT INTO corpus_places (gaz_id, name, place_class, lat, lon, country, mentions, articles)
    VALUES (?, ?, ?, ?, ?, ?, ?, 1)
    ON CONFLICT (gaz_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1`);
  /** Adds one article's resolved mentions to the corpus counts, one row per gazetteer entry. */
  function countArticle(places: readonly Place[]): void {
    const byEntry = new Map<string, { place: Place; mentions: number }>();
    for (const p of places) {
      if (p.gazId === undefined || p.lat === undefined || p.lon === undefined) continue;
      const seen = byEntry.get(p.gazId);
      if (seen) seen.mentions += 1;
      else byEntry.set(p.gazId, { place: p, mentions: 1 });
    }
    for (const [gazId, { place, mentions }] of byEntry) {
      count.run(gazId, place.name ?? gazId, place.placeClass ?? null, place.lat!, place.lon!, place.country ?? null, mentions);
    }
  }
  return {
    insert(seq: number, places: readonly Place[]): void {
      places.forEach((p, idx) =>
        insert.run(seq, idx, p.start, p.end, p.use, p.dateline ? 1 : 0, p.gazId ?? null, p.name ?? null, p.placeClass ?? null,
          p.lat ?? null, p.lon ?? null, p.country ?? null, p.link ?? null),
      );
      countArticle(places);
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
