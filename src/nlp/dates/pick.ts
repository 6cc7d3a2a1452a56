import { addDays, compareDays, daysBetween, formatDay, formatMonth, quarterOf, validDay, weekday, type Day } from './calendar.js';
import type { ResolveContext } from './rule.js';

/**
 * News conventions for a date named without its year or week. A past-tense clause means the most
 * recent one at or before publication ("in April" published in May: this April; "on Monday": the
 * last Monday, or the publication day itself), a future one the next at or after it ("will meet on
 * Monday"). With no tense cue a weekday or quarter is the past one (news reports what happened) and
 * a month or day of the month the nearest one ("payable Dec. 15" in November). A past clause's
 * month or day more than half a year back is the coming one when that is at most three months
 * ahead ("the offer was extended to Nov. 20" in late October). The end of a range is never before
 * its start ("from December to March").
 */
function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** How far back a past-tense month or day may lie before the coming one is preferred, if that is near. */
const FAR_PAST_DAYS = 183;
const NEAR_FUTURE_DAYS = 92;

/** The year of the occurrence of a month (and day) the conventions pick. */
function pickYear(month: number, day: number, ctx: ResolveContext): number | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const candidates = [ref.year - 1, ref.year, ref.year + 1];
  const at = (y: number): Day => ({ year: y, month, day });
  let year: number;
  if (ctx.tense === 'past') {
    year = compareDays(at(ref.year), ref) <= 0 ? ref.year : ref.year - 1;
    // A past clause reporting a plan or deadline ("was extended to Nov. 20", "said it is payable Jan. 2")
    // names a day to come: more than half a year back is the wrong one when the same day is a season ahead.
    if (daysBetween(at(year), ref) > FAR_PAST_DAYS && daysBetween(ref, at(year + 1)) <= NEAR_FUTURE_DAYS) year += 1;
  } else if (ctx.tense === 'future') year = compareDays(at(ref.year), ref) >= 0 ? ref.year : ref.year + 1;
  else {
    // Nearest, by months so that a day beyond the month's end cannot tip it.
    const distance = (y: number): number => Math.abs(monthIndex(y, month) - monthIndex(ref.year, ref.month)) * 31 + Math.abs(day - ref.day) * 0.01;
    year = candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best));
  }
  const after = ctx.after;
  if (after && compareDays(at(year), after) < 0) year = compareDays(at(after.year), after) >= 0 ? after.year : after.year + 1;
  return year;
}

/** The year of a month named alone ("in April"), or undefined without a publication date. */
export function yearOfMonth(month: number, ctx: ResolveContext): number | undefined {
  // A month counts as reached on its first day: "in May" published on 3 May is this May.
  const ref = ctx.ref;
  if (!ref) return undefined;
  return pickYear(month, month === ref.month ? ref.day : 1, ctx);
}

/**
 * The year of a month and day named without one ("May 3"). A weekday named with it ("Saturday,
 * April 25") settles the year when one of the three around publication has that date on that
 * weekday, whatever the tense says; `finished` ("the quarter ended Sept. 30") takes the latest one
 * at or before publication.
 */
export function yearOfMonthDay(month: number, day: number, ctx: ResolveContext, weekdayNamed?: number, finished = false): number | undefined {
  const ref = ctx.ref;
  if (ref && weekdayNamed !== undefined) {
    const fits = [ref.year, ref.year - 1, ref.year + 1].find((y) => validDay(y, month, day) && weekday({ year: y, month, day }) === weekdayNamed);
    if (fits !== undefined) return fits;
  }
  // The end of a period that "ended" is behind publication, whatever else the clause says.
  if (ref && finished) return compareDays({ year: ref.year, month, day }, ref) <= 0 ? ref.year : ref.year - 1;
  return pickYear(month, day, ctx);
}

/** "Monday": the day of that weekday, last/next/this week's or by the clause's tense. */
export function dayOfWeekday(wd: number, ctx: ResolveContext, which: 'near' | 'last' | 'next' | 'this'): string | undefined {
  const base = ctx.ref;
  if (!base) return undefined;
  const today = weekday(base);
  if (which === 'this') return formatDay(addDays(base, wd - today));
  if (which === 'last') return formatDay(addDays(base, -((today - wd + 7) % 7 || 7)));
  if (which === 'next') return formatDay(addDays(base, (wd - today + 7) % 7 || 7));
  let day = ctx.tense === 'future' ? addDays(base, (wd - today + 7) % 7) : addDays(base, -((today - wd + 7) % 7));
  if (ctx.after && compareDays(day, ctx.after) < 0) day = addDays(ctx.after, (wd - weekday(ctx.after) + 7) % 7);
  return formatDay(day);
}

/** "the third quarter": the latest such quarter at or before publication (a future clause: at or after). */
export function quarterValue(q: number, ctx: ResolveContext): string | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const current = quarterOf(ref.month);
  const year = ctx.tense === 'future' ? (q >= current ? ref.year : ref.year + 1) : (q <= current ? ref.year : ref.year - 1);
  return `${year}-Q${q}`;
}

/** "the first half": as {@link quarterValue}, for halves. */
export function halfValue(h: number, ctx: ResolveContext): string | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const current = ref.month <= 6 ? 1 : 2;
  const year = ctx.tense === 'future' ? (h >= current ? ref.year : ref.year + 1) : (h <= current ? ref.year : ref.year - 1);
  return `${year}-H${h}`;
}

/** `YYYY-MM` of a month named alone, or its X-pattern. */
export function monthValue(month: number, ctx: ResolveContext): string {
  const year = yearOfMonth(month, ctx);
  return year === undefined ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(year, month);
}
