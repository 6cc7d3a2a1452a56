import { addDays, daysInMonth, formatDay, weekday, type Day } from './calendar.js';
import { YEAR } from './lexicon.js';
import { yearOfMonthDay } from './pick.js';
import { absolute, fromPublication, type Rule } from './rule.js';

/** The `n`th (1-based; -1 the last) `wd` (ISO 1–7) of a month: Thanksgiving is the 4th Thursday of November. */
function nthWeekday(year: number, month: number, wd: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, (wd - weekday(first) + 7) % 7 + 7 * (n - 1));
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Each holiday news names, keyed by its words with spaces collapsed, and its day in a given year. */
const HOLIDAYS: Readonly<Record<string, (year: number) => Day>> = {
  'christmas': (year) => ({ year, month: 12, day: 25 }),
  'christmas day': (year) => ({ year, month: 12, day: 25 }),
  'christmas eve': (year) => ({ year, month: 12, day: 24 }),
  'boxing day': (year) => ({ year, month: 12, day: 26 }),
  "new year's day": (year) => ({ year, month: 1, day: 1 }),
  "new year's eve": (year) => ({ year, month: 12, day: 31 }),
  "valentine's day": (year) => ({ year, month: 2, day: 14 }),
  'halloween': (year) => ({ year, month: 10, day: 31 }),
  'independence day': (year) => ({ year, month: 7, day: 4 }),
  'the fourth of july': (year) => ({ year, month: 7, day: 4 }),
  'memorial day': (year) => nthWeekday(year, 5, 1, -1),
  'labor day': (year) => nthWeekday(year, 9, 1, 1),
  'thanksgiving': (year) => nthWeekday(year, 11, 4, 4),
  'thanksgiving day': (year) => nthWeekday(year, 11, 4, 4),
  // The Tuesday after the first Monday of November.
  'election day': (year) => addDays(nthWeekday(year, 11, 1, 1), 1),
  'easter': easter,
  'easter sunday': easter,
  'good friday': (year) => addDays(easter(year), -2),
};

/** Rules for holidays: "Christmas", "Thanksgiving Day", "Easter 1998". */
export const HOLIDAY_RULES: readonly Rule[] = [
  {
    // Capitalised only: "christmas" in lower case is rarer than the name of a date, and "labor day" may be a day of work.
    name: 'holiday',
    trigger: /Christmas|Boxing|New Year|Valentine|Halloween|Independence|Fourth of July|Memorial|Labor|Thanksgiving|Election Day|Easter|Good Friday/,
    pattern: new RegExp(String.raw`\b(Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year's\s+(?:Day|Eve)|Valentine's\s+Day|Halloween|Independence\s+Day|[Tt]he\s+Fourth\s+of\s+July|Memorial\s+Day|Labor\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday)(?:,?\s+(${YEAR}))?(?!\w)`, 'g'),
    read: (m, ctx) => {
      const dayIn = HOLIDAYS[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
      if (m[2]) return absolute('DATE', formatDay(dayIn(Number(m[2]))));
      return fromPublication('DATE', ctx, (ref) => {
        // The year by the usual conventions for its day this year, then the holiday's own day in that year.
        const near = dayIn(ref.year);
        return formatDay(dayIn(yearOfMonthDay(near.month, near.day, ctx)!));
      });
    },
  },
];
