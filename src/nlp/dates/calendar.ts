/** A calendar day, proleptic Gregorian, with no time zone: what a news text's "Monday" names. */
export interface Day {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Whether the day exists (no 30 February). */
export function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The calendar day an ISO 8601 date or date-time names, read from its first ten characters: the
 * writer's own date, whatever the UTC offset after it (23:30-05:00 on 12 April is 12 April).
 */
export function parseDay(iso: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(year, month, day) ? { year, month, day } : undefined;
}

function toEpochDays(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromEpochDays(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromEpochDays(toEpochDays(d) + n);
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDays(b) - toEpochDays(a);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(d: Day): number {
  return ((toEpochDays(d) + 3) % 7 + 7) % 7 + 1;
}

/** Month `n` months after (`n` < 0: before) year/month, as [year, month]. */
export function addMonths(year: number, month: number, n: number): [number, number] {
  const index = year * 12 + (month - 1) + n;
  return [Math.floor(index / 12), (index % 12 + 12) % 12 + 1];
}

/** The ISO 8601 week of a day: `2017-W18`. */
export function formatWeek(d: Day): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(d, 4 - weekday(d));
  const first = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor(daysBetween(first, thursday) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/** Quarter 1–4 of a month. */
export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

/** Compares two days: negative when `a` is earlier. */
export function compareDays(a: Day, b: Day): number {
  return daysBetween(b, a);
}
