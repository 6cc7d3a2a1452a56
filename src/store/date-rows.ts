import type Database from 'better-sqlite3';
import type { DateBasis, TimeExpression, TimexType } from '../doc/index.js';

/** A `dates` row as stored. */
interface DateRow {
  readonly char_start: number;
  readonly char_end: number;
  readonly type: TimexType;
  readonly value: string | null;
  readonly mod: string | null;
  readonly basis: DateBasis;
}

type DateParams = [number, number, number, number, TimexType, string | null, string | null, DateBasis];

/** The statements of the dates table, prepared once per connection. */
export function prepareDateStatements(db: Database.Database) {
  const insert = db.prepare<DateParams>(
    'INSERT INTO dates (article_seq, idx, char_start, char_end, type, value, mod, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const bySeq = db.prepare<[number], DateRow>('SELECT char_start, char_end, type, value, mod, basis FROM dates WHERE article_seq = ? ORDER BY idx');
  return {
    insert(seq: number, dates: readonly TimeExpression[]): void {
      dates.forEach((d, idx) => insert.run(seq, idx, d.start, d.end, d.type, d.value ?? null, d.mod ?? null, d.basis));
    },
    read(seq: number): TimeExpression[] {
      return bySeq.all(seq).map(dateFromRow);
    },
  };
}

/** A time expression from its row. */
function dateFromRow(row: DateRow): TimeExpression {
  return {
    start: row.char_start, end: row.char_end, type: row.type,
    ...(row.value !== null ? { value: row.value } : {}),
    ...(row.mod !== null ? { mod: row.mod } : {}),
    basis: row.basis,
  };
}
