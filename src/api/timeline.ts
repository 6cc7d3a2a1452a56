import type { RelationCell, TimelinePoint } from '../store/index.js';

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

/** One period of a relation: events per QuadClass and their mean Goldstein score (null when none has one). */
export interface RelationPoint {
  /** First day of the period. */
  readonly period: string;
  readonly quad1: number;
  readonly quad2: number;
  readonly quad3: number;
  readonly quad4: number;
  readonly events: number;
  readonly goldstein: number | null;
}

/**
 * Sums a pair's daily cells into days, weeks or months, oldest first. The mean Goldstein score is
 * over events, not over days, so a day with ten strikes weighs ten times a day with one.
 */
export function relationSeries(cells: readonly RelationCell[], unit: TimeUnit): RelationPoint[] {
  const periods = new Map<string, { quads: [number, number, number, number]; sum: number; n: number }>();
  for (const c of cells) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(c.day) || c.quadClass < 1 || c.quadClass > 4) continue;
    const key = bucketOf(c.day, unit);
    const p = periods.get(key) ?? { quads: [0, 0, 0, 0], sum: 0, n: 0 };
    p.quads[(c.quadClass - 1) as 0 | 1 | 2 | 3] += c.events;
    p.sum += c.goldsteinSum;
    p.n += c.goldsteinCount;
    periods.set(key, p);
  }
  return [...periods].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, p]) => ({
    period,
    quad1: p.quads[0],
    quad2: p.quads[1],
    quad3: p.quads[2],
    quad4: p.quads[3],
    events: p.quads[0] + p.quads[1] + p.quads[2] + p.quads[3],
    goldstein: p.n ? Math.round((p.sum / p.n) * 100) / 100 : null,
  }));
}
