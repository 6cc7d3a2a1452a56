import type { TimelinePoint } from '../store/index.js';

/** The units a mention timeline can be counted in. */
export const TIME_UNITS = ['day', 'week', 'month'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** The first day of the unit holding `day`: itself, the Monday of its ISO week, or `YYYY-MM-01`. */
export function bucketOf(day: string, unit: TimeUnit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/**
 * Sums daily points into weeks or months, oldest first. Days that are not ISO dates (an undated
 * article stored with a malformed time) are left out rather than guessed.
 */
export function rollUp(points: readonly TimelinePoint[], unit: TimeUnit): TimelinePoint[] {
  const sums = new Map<string, { articles: number; mentions: number }>();
  for (const p of points) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.day)) continue;
    const key = bucketOf(p.day, unit);
    const sum = sums.get(key) ?? { articles: 0, mentions: 0 };
    sum.articles += p.articles;
    sum.mentions += p.mentions;
    sums.set(key, sum);
  }
  return [...sums].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, s]) => ({ day, ...s }));
}
