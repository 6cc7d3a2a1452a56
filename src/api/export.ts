/** The formats every list can be read in: the JSON page, or all of it as a file. */
export const LIST_FORMATS = ['json', 'csv', 'jsonl'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

type Row = Readonly<Record<string, unknown>>;

/**
 * A spreadsheet opening a cell that starts with `=`, `+`, `-`, `@` or a control character runs it
 * as a formula (CSV injection): article text is untrusted, so such cells get a leading `'`.
 */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const safe = typeof value === 'string' && FORMULA.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * RFC 4180 CSV of rows: one column per key seen in any row, in first-seen order; nested values
 * are written as JSON; lines end with CRLF.
 *
 * @example toCsv([{ id: 'a', n: 2 }]) // 'id,n\r\na,2\r\n'
 */
export function toCsv(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** One JSON object per line. */
export function toJsonl(rows: readonly Row[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}
