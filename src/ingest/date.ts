/** Epoch numbers at or above this are milliseconds: as seconds it would be the year 5138. */
const MS_THRESHOLD = 1e11;
/** Dates outside these years are taken for garbage (a zero epoch, a mistyped year). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC2822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,4})?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Readonly<Record<string, string>> = {
  Z: 'Z', UT: 'Z', UTC: 'Z', GMT: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

/**
 * Normalises a publication time to ISO 8601, or returns undefined when it cannot be read.
 * Accepts ISO dates and date-times (a space instead of `T` too), RFC 2822 (`Wed, 12 Apr 2017
 * 14:03:00 +0300`) and epoch seconds or milliseconds (number or digit string). The writer's UTC
 * offset is kept rather than converted to UTC, because the calendar date the article was written
 * on is what "yesterday" in its text resolves against: 23:30 -05:00 on 12 April is 13 April in UTC.
 *
 * @example normalizeDate('Wed, 12 Apr 2017 14:03:00 +0300') // '2017-04-12T14:03:00+03:00'
 * @example normalizeDate(1491995000) // '2017-04-12T11:03:20.000Z'
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  return fromIso(s) ?? fromRfc2822(s);
}

function fromEpoch(n: number): string | undefined {
  // 0 is the usual "unknown" placeholder in feeds, not 1 January 1970.
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const date = new Date(n >= MS_THRESHOLD ? n : n * 1000);
  return plausible(date.getUTCFullYear()) ? date.toISOString() : undefined;
}

function fromIso(s: string): string | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return undefined;
  if (h === undefined || mi === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 60) return undefined;
  const offset = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${frac ?? ''}${offset}`;
}

function fromRfc2822(s: string): string | undefined {
  const m = RFC2822.exec(s);
  if (!m) return undefined;
  const [, d, mon, y, h, mi, sec, zone] = m;
  const month = MONTHS.indexOf((mon ?? '').toLowerCase()) + 1;
  if (month === 0 || !validDate(Number(y), month, Number(d))) return undefined;
  if (Number(h) > 23 || Number(mi) > 59) return undefined;
  const offset = zone === undefined ? '' : /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone];
  if (offset === undefined) return undefined;
  const pad = (n: number | string): string => String(n).padStart(2, '0');
  return `${y}-${pad(month)}-${pad(d ?? '')}T${pad(h ?? '')}:${pad(mi ?? '')}:${pad(sec ?? '00')}${offset}`;
}

function validDate(y: number, m: number, d: number): boolean {
  if (!plausible(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function plausible(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
