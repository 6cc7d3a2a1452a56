import { addDays, compareDays, formatDay, formatMonth, quarterOf, weekday, type Day } from './calendar.js';
import type { ResolveContext } from './rule.js';

/**
 * News conventions for a date named without its year or week. A past-tense clause means the most
 * recent one at or before publication ("in April" published in May: this April; "on Monday": the
 * last Monday, or the publication day itself), a future one the next at or after it ("will meet on
 * Monday"), and the end of a range the first one not before its start ("from December to March").
 */
export type Direction = 'past' | 'future';

function direction(ctx: ResolveContext): Direction {
  return ctx.future ? 'future' : 'past';
}

/** The year of a month named alone ("in April"), or undefined without a publication date. */
export function yearOfMonth(month: number, ctx: ResolveContext): number | undefined {
  const base = ctx.after ?? ctx.ref;
  if (!base) return undefined;
  if (ctx.after) return month >= ctx.after.month ? ctx.after.year : ctx.after.year + 1;
  if (direction(ctx) === 'future') return month >= base.month ? base.year : base.year + 1;
  return month <= base.month ? base.year : base.year - 1;
}

/** The year of a month and day named without one ("May 3"). */
export function yearOfMonthDay(month: number, day: number, ctx: ResolveContext): number | undefined {
  const base = ctx.after ?? ctx.ref;
  if (!base) return undefined;
  const order = compareDays({ year: base.year, month, day }, base);
  if (ctx.after || direction(ctx) === 'future') return order >= 0 ? base.year : base.year + 1;
  return order <= 0 ? base.year : base.year - 1;
}

/** "Monday": the day of that weekday, last/next/this week's or by the clause's tense. */
export function dayOfWeekday(wd: number, ctx: ResolveContext, which: 'near' | 'last' | 'next' | 'this'): string | undefined {
  const base = ctx.after ?? ctx.ref;
  if (!base) return undefined;
  const today = weekday(base);
  if (which === 'this') return formatDay(addDays(base, wd - today));
  if (which === 'last') return formatDay(addDays(base, -((today - wd + 7) % 7 || 7)));
  if (which === 'next') return formatDay(addDays(base, (wd - today + 7) % 7 || 7));
  if (ctx.after || direction(ctx) === 'future') return formatDay(addDays(base, (wd - today + 7) % 7));
  return formatDay(addDays(base, -((today - wd + 7) % 7)));
}

/** "the third quarter": the latest such quarter at or before publication (a future clause: at or after). */
export function quarterValue(q: number, ctx: ResolveContext): string | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const current = quarterOf(ref.month);
  const year = direction(ctx) === 'future' ? (q >= current ? ref.year : ref.year + 1) : (q <= current ? ref.year : ref.year - 1);
  return `${year}-Q${q}`;
}

/** "the first half": as {@link quarterValue}, for halves. */
export function halfValue(h: number, ctx: ResolveContext): string | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const current = ref.month <= 6 ? 1 : 2;
  const year = direction(ctx) === 'future' ? (h >= current ? ref.year : ref.year + 1) : (h <= current ? ref.year : ref.year - 1);
  return `${year}-H${h}`;
}

/** `YYYY-MM` of a month named alone, or its X-pattern. */
export function monthValue(month: number, ctx: ResolveContext): string {
  const year = yearOfMonth(month, ctx);
  return year === undefined ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(year, month);
}
