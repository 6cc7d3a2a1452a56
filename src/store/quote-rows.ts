import type Database from 'better-sqlite3';
import type { Doc, Quote, QuoteKind, Span } from '../doc/index.js';
import { linkName } from './link-rows.js';

/** A `quotes` row as stored. */
export interface QuoteRow {
  readonly char_start: number;
  readonly char_end: number;
  readonly kind: QuoteKind;
  /** JSON `[[start, end], …]` of the content fragments. */
  readonly content: string;
  readonly cue_start: number | null;
  readonly cue_end: number | null;
  readonly speaker_start: number | null;
  readonly speaker_end: number | null;
  readonly speaker_link: number | null;
  readonly addressee_start: number | null;
  readonly addressee_end: number | null;
  readonly addressee_link: number | null;
  readonly speaker_name: string | null;
}

type QuoteParams = [number, number, number, number, QuoteKind, string, number | null, number | null, number | null, number | null, number | null, number | null, number | null, number | null, string | null, string | null];

/** A quote as `newsgraph quotes` lists it: its words, who said it, in which article and when. */
export interface QuoteRecord {
  readonly article: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly kind: QuoteKind;
  /** The quoted words: the text of each content fragment, joined by " … ". */
  readonly quote: string;
  /** The speaker's words in the article ("he", "the Kremlin"), null when none was found. */
  readonly speaker: string | null;
  /** The speaker's name in the corpus ("Vladimir Putin" for "he"), null when none was found. */
  readonly speakerName: string | null;
  readonly cue: string | null;
  readonly addressee: string | null;
  readonly start: number;
  readonly end: number;
}

/** Filters of {@link QuoteRecord} listings. */
export interface QuoteQuery {
  /** Words of the speaker's name or words, any case, each matching the start of a word ("putin", "prime min"). */
  readonly speaker?: string;
  /** Words that must all occur in the quote, any case. */
  readonly words?: readonly string[];
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The name stored for a quote's speaker: its link's corpus name, else its own words. */
function speakerName(doc: Doc, q: Quote): string | null {
  const link = q.speakerLink !== undefined ? doc.layers.links?.[q.speakerLink] : undefined;
  if (link) return linkName(doc, link);
  return q.speaker ? clean(doc.text.slice(q.speaker.start, q.speaker.end)) : null;
}

/** A quote's rowid in the speaker index: `article_seq * SPEAKER_KEY + idx`. */
const SPEAKER_KEY = 1_000_000;

/**
 * The FTS5 query for a speaker filter: every word of it, each matching the start of a word of the
 * speaker's name or words ("min" finds "Minister"); null when it has no word at all.
 */
function speakerMatch(speaker: string): string | null {
  const words = speaker.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ');
}

/** The statements of the quotes table, prepared once per connection. */
export function prepareQuoteStatements(db: Database.Database) {
  const insert = db.prepare<QuoteParams>(`
    INSERT INTO quotes (article_seq, idx, char_start, char_end, kind, content, cue_start, cue_end,
      speaker_start, speaker_end, speaker_link, addressee_start, addressee_end, addressee_link, speaker_name, speaker_text)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const bySeq = db.prepare<[number], QuoteRow>('SELECT * FROM quotes WHERE article_seq = ? ORDER BY idx');
  // Word filters run on the quote's own characters; SQLite's substr counts code points where our
  // offsets count UTF-16 units, which differs only after an astral character (emoji) in the text.
  // The page is chosen first, then the article texts are read for its rows only.
  const WORDS = `NOT EXISTS (SELECT 1 FROM json_each(?) w
    WHERE instr(lower(substr(a.text, q.char_start + 1, q.char_end - q.char_start)), lower(w.value)) = 0)`;
  const PAGE = 'ORDER BY a.published DESC, a.seq DESC, q.idx';
  const withRows = (page: string) => `
    SELECT q.*, a.text, a.id, a.title, a.published
    FROM (${page}) page
    JOIN quotes q ON q.article_seq = page.seq AND q.idx = page.idx JOIN articles a ON a.seq = page.seq
    ${PAGE}`;
  type ListRow = QuoteRow & { text: string; id: string; title: string | null; published: string | null };
  const list = db.prepare<[string, number, number], ListRow>(withRows(`
    SELECT q.article_seq AS seq, q.idx AS idx FROM quotes q JOIN articles a ON a.seq = q.article_seq
    WHERE ${WORDS} ${PAGE} LIMIT ? OFFSET ?`));
  // The speaker filter starts from the word index (migration 0014), never from a scan of quotes.
  const bySpeaker = db.prepare<[string, string, number, number], ListRow>(withRows(`
    SELECT q.article_seq AS seq, q.idx AS idx
    FROM quotes_speaker_fts f
    JOIN quotes q ON q.article_seq = f.rowid / ${SPEAKER_KEY} AND q.idx = f.rowid % ${SPEAKER_KEY}
    JOIN articles a ON a.seq = q.article_seq
    WHERE quotes_speaker_fts MATCH ? AND ${WORDS} ${PAGE} LIMIT ? OFFSET ?`));
  const indexSpeaker = db.prepare<[number, string]>('INSERT INTO quotes_speaker_fts (rowid, words) VALUES (?, ?)');
  return {
    insert(seq: number, doc: Doc, quotes: readonly Quote[]): void {
      quotes.forEach((q, idx) => {
        const name = speakerName(doc, q);
        const words = q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : null;
        insert.run(seq, idx, q.start, q.end, q.kind, JSON.stringify(q.content.map((c) => [c.start, c.end])),
          q.cue?.start ?? null, q.cue?.end ?? null, q.speaker?.start ?? null, q.speaker?.end ?? null, q.speakerLink ?? null,
          q.addressee?.start ?? null, q.addressee?.end ?? null, q.addresseeLink ?? null, name, words);
        if (name !== null || words !== null) indexSpeaker.run(seq * SPEAKER_KEY + idx, `${name ?? ''} ${words ?? ''}`);
      });
    },
    read(seq: number): Quote[] {
      return bySeq.all(seq).map(quoteFromRow);
    },
    list(query: QuoteQuery, limit: number, offset: number): QuoteRecord[] {
      const words = JSON.stringify(query.words ?? []);
      const match = query.speaker === undefined ? undefined : speakerMatch(query.speaker);
      if (match === null) return [];
      const rows = match === undefined ? list.all(words, limit, offset) : bySpeaker.all(match, words, limit, offset);
      return rows.map((row) => {
        const q = quoteFromRow(row);
        const slice = (s: Span | undefined) => (s ? clean(row.text.slice(s.start, s.end)) : null);
        const link = row.speaker_name;
        return {
          article: row.id, title: row.title, published: row.published, kind: q.kind,
          quote: q.content.map((c) => clean(row.text.slice(c.start, c.end))).join(' … '),
          speaker: slice(q.speaker), speakerName: link, cue: slice(q.cue), addressee: slice(q.addressee),
          start: q.start, end: q.end,
        };
      });
    },
  };
}

const pair = (start: number | null, end: number | null): Span | undefined => (start !== null && end !== null ? { start, end } : undefined);

/** A quote from its row. */
export function quoteFromRow(row: QuoteRow): Quote {
  const content = (JSON.parse(row.content) as [number, number][]).map(([start, end]) => ({ start, end }));
  const cue = pair(row.cue_start, row.cue_end);
  const speaker = pair(row.speaker_start, row.speaker_end);
  const addressee = pair(row.addressee_start, row.addressee_end);
  return {
    start: row.char_start, end: row.char_end, kind: row.kind, content,
    ...(cue ? { cue } : {}),
    ...(speaker ? { speaker } : {}),
    ...(row.speaker_link !== null ? { speakerLink: row.speaker_link } : {}),
    ...(addressee ? { addressee } : {}),
    ...(row.addressee_link !== null ? { addresseeLink: row.addressee_link } : {}),
  };
}
