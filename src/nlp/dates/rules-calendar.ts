import { compareDays, formatDay, formatMonth, validDay, type Day } from './calendar.js';
import { DAY_OF_MONTH, MONTH, ORDINAL, WEEKDAY, YEAR, monthNumber, weekdayNumber } from './lexicon.js';
import { halfValue, monthValue, quarterValue, yearOfMonthDay } from './pick.js';
import { absolute, capitalized, fromPublication, pattern, positionMod, type ResolveContext, type Rule } from './rule.js';

/** A capitalised month abbreviation somewhere in the text: without one no month rule can match. */
const MONTH_TRIGGER = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** "early", "mid-", "late", "the end of": a position inside the period that follows. */
const POSITION = String.raw`(early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)`;
/** Words after which a bare "May" or "March" is the month, not the verb or the walk. */
const MONTH_CONTEXT = /(?:^|[^\w])(?:in|since|by|until|till|of|during|from|through|to|and|or|before|after|between|early|late|mid|last|next|this|that|around|on|until|each|every|for)[\s-]+$/i;
/** A bare year must not be an amount, a page, a code or part of a longer number. */
const YEAR_BEFORE = String.raw`(?<![\w$£€#./:-]|\d,)`;

const ORDINALS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const SEASONS: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const DECADE_WORDS: Readonly<Record<string, number>> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const CENTURY_WORDS: Readonly<Record<string, number>> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21 };

/** A month and day right before a range's second day: "May 3-", "Sept. 11 to ". */
const RANGE_START = new RegExp(String.raw`\b(${MONTH})\s+${DAY_OF_MONTH}\s*(?:[-–]|to|until|through|(and))\s*$`, 'i');
/** After "April 24 and", a day ends the phrase ("and 25."), so "and 5 others" stays a count. */
const AND_DAY_END = /^(?:,?\s+\d{4})?\s*(?:[,.;:)]|$|\s+(?:in|at|on|for|of|when|to|with|as|at)\b)/;

function dayNumber(word: string): number {
  return parseInt(word, 10);
}

const YEAR_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** The day, or its month when the day does not exist in that year (29 February). */
function dayOrMonth(year: number, month: number, day: number): string {
  return validDay(year, month, day) ? formatDay({ year, month, day }) : formatMonth(year, month);
}

/** The year of "last Oct. 23" (the latest before publication), "next Oct. 23" (the first after) or "this Oct. 23". */
function relativeYear(which: string, ref: Day, month: number, day: number): number {
  const w = which.toLowerCase();
  if (w === 'this') return ref.year;
  const thisYear = compareDays({ year: ref.year, month, day }, ref);
  if (w === 'last') return thisYear < 0 ? ref.year : ref.year - 1;
  return thisYear > 0 ? ref.year : ref.year + 1;
}

/**
 * `weekday` (1–7) when the text names the day of the week too ("Saturday, April 25"): it fixes the
 * year. `finished` when the day ends a period "ended" ("the quarter ended Sept. 30"): it is past.
 */
function monthDayReading(month: number, day: number, year: string | undefined, ctx: ResolveContext, weekday?: number, finished = false) {
  if (year !== undefined) return absolute('DATE', dayOrMonth(Number(year), month, day));
  return fromPublication('DATE', ctx, () => dayOrMonth(yearOfMonthDay(month, day, ctx, weekday, finished)!, month, day),
    `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** Rules for dates the calendar names: days, months, years, decades, centuries, quarters, seasons. */
export const CALENDAR_RULES: readonly Rule[] = [
  {
    name: 'iso-date',
    trigger: /\d{4}-\d\d-\d\d/,
    pattern: /(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])/g,
    accept: (m) => validDay(Number(m[1]), Number(m[2]), Number(m[3])),
    read: (m) => absolute('DATE', `${m[1]}-${m[2]}-${m[3]}`),
  },
  {
    // "May 3", "Tuesday, May 3, 2017", "Sept. 11", "last Oct. 23", "March 3 last year"
    name: 'month-day',
    trigger: MONTH_TRIGGER,
    pattern: pattern(String.raw`\b(?:(last|next|this)\s+)?(?:(${WEEKDAY}),?\s+)?(${MONTH})\s+(${DAY_OF_MONTH})(?![\w:.]\d|\d|[:/]\d|-\d{3})(?:,?\s+(${YEAR})|\s+(?:of\s+)?(last|this|next)\s+year)?(?!\w)`),
    accept: (m) => capitalized(m[3]),
    read: (m, ctx) => {
      const [month, day] = [monthNumber(m[3]!), dayNumber(m[4]!)];
      const unresolved = `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (m[6]) return fromPublication('DATE', ctx, (ref) => dayOrMonth(ref.year + YEAR_SHIFT[m[6]!.toLowerCase()]!, month, day), unresolved);
      if (m[1]) return fromPublication('DATE', ctx, (ref) => dayOrMonth(relativeYear(m[1]!, ref, month, day), month, day), unresolved);
      const finished = /\bended\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index));
      return monthDayReading(month, day, m[5], ctx, m[2] ? weekdayNumber(m[2]) : undefined, finished);
    },
  },
  {
    // The second day of "May 3-7", "May 3 to 7, 2017" or "April 24 and 25": the month is the one before the first day.
    name: 'range-day',
    trigger: /\d\s*(?:[-–]|to|until|through|and)\s*\d/,
    pattern: pattern(String.raw`\b(${DAY_OF_MONTH})(?![\w:.]\d|\d|[:/-]\d)(?:,?\s+(${YEAR}))?(?!\w)`),
    accept: (m, text) => {
      const before = RANGE_START.exec(text.slice(Math.max(0, m.index - 24), m.index));
      if (!before) return false;
      return !before[2] || AND_DAY_END.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 12));
    },
    read: (m, ctx) => {
      const before = RANGE_START.exec(m.input.slice(Math.max(0, m.index - 24), m.index))!;
      return monthDayReading(monthNumber(before[1]!), dayNumber(m[1]!), m[2], ctx);
    },
  },
  {
    // "3 May 2017", "the 3rd of May"
    name: 'day-month',
    trigger: MONTH_TRIGGER,
    pattern: pattern(String.raw`\b(?:the\s+)?(${DAY_OF_MONTH})(?:\s+of)?\s+(${MONTH})(?:,?\s+(${YEAR}))?(?!\w)`),
    accept: (m) => capitalized(m[2]),
    read: (m, ctx) => monthDayReading(monthNumber(m[2]!), dayNumber(m[1]!), m[3], ctx),
  },
  {
    // "April 2017", "early April of 2017"
    name: 'month-year',
    trigger: MONTH_TRIGGER,
    pattern: pattern(String.raw`\b(?:${POSITION}[\s-]+)?(${MONTH})(?:\s+of)?,?\s+(${YEAR})(?!\w)`),
    accept: (m) => capitalized(m[2]),
    read: (m) => absolute('DATE', formatMonth(Number(m[3]), monthNumber(m[2]!)), positionMod(m[1])),
  },
  {
    // "in April", "last April", "early March", "June last year"
    name: 'month',
    trigger: MONTH_TRIGGER,
    pattern: pattern(String.raw`\b(?:(last|next|this|${POSITION.slice(1, -1)})[\s-]+)?(${MONTH})(?:\s+(?:of\s+)?(last|this|next)\s+year)?(?!\w)`),
    accept: (m, text) => {
      const word = m[2]!;
      if (!capitalized(word)) return false;
      // An abbreviation alone ("Jan.") is more often a name's ("Jan. Kowalski") than a month.
      if (/^(?:jan|feb|mar|apr|aug|sep|sept|oct|nov|dec)\.$/i.test(word) && !m[1]) return false;
      if (m[1] || !/^(?:may|march)$/i.test(word)) return true;
      return MONTH_CONTEXT.test(text.slice(Math.max(0, m.index - 20), m.index));
    },
    read: (m, ctx) => {
      const month = monthNumber(m[2]!);
      const which = m[1]?.toLowerCase();
      const unresolved = `XXXX-${String(month).padStart(2, '0')}`;
      if (m[3]) return fromPublication('DATE', ctx, (ref) => formatMonth(ref.year + YEAR_SHIFT[m[3]!.toLowerCase()]!, month), unresolved, positionMod(m[1]));
      if (which === 'last') return fromPublication('DATE', ctx, (ref) => formatMonth(month < ref.month ? ref.year : ref.year - 1, month), unresolved);
      if (which === 'next') return fromPublication('DATE', ctx, (ref) => formatMonth(month > ref.month ? ref.year : ref.year + 1, month), unresolved);
      if (which === 'this') return fromPublication('DATE', ctx, (ref) => formatMonth(ref.year, month), unresolved);
      return fromPublication('DATE', ctx, () => monthValue(month, ctx), unresolved, positionMod(m[1]));
    },
  },
  {
    // "1998", "fiscal 1998", "mid-1998", "the end of 2016"
    name: 'year',
    trigger: /(?:1[6-9]|20)\d\d/,
    pattern: pattern(String.raw`${YEAR_BEFORE}(?:(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|FY)\s*)?(?:${POSITION}[\s-]+)?(${YEAR})(?!\w|'s\b|\s*(?:%|percent))`),
    read: (m) => absolute('DATE', m[2]!, positionMod(m[1])),
  },
  {
    // "the 1990s", "the mid-'80s", "the nineties"
    name: 'decade',
    trigger: /0'?s\b|ties\b/i,
    pattern: pattern(String.raw`\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:(1[6-9]\d0|20\d0)'?s|'(\d)0s|(?:nineteen[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?!\w)`),
    read: (m) => {
      const mod = positionMod(m[1]);
      if (m[2]) return absolute('DATE', m[2].slice(0, 3), mod);
      // "the '90s" is the twentieth century's; "the '00s" and "the '10s" this one's.
      if (m[3]) return absolute('DATE', `${Number(m[3]) <= 2 ? '20' : '19'}${m[3]}`, mod);
      return absolute('DATE', `19${DECADE_WORDS[m[4]!.toLowerCase()]}`, mod);
    },
  },
  {
    // "the 20th century", "the early twentieth century"
    name: 'century',
    trigger: /century/i,
    pattern: pattern(String.raw`\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:(\d{1,2})(?:st|nd|rd|th)|(eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]+century(?!\w)`),
    read: (m) => {
      const n = m[2] ? Number(m[2]) : CENTURY_WORDS[m[3]!.toLowerCase().replace(/\s+/, ' ')] ?? 20;
      return absolute('DATE', String(n - 1).padStart(2, '0'), positionMod(m[1]));
    },
  },
  {
    // "the third quarter", "the fiscal first quarter", "the 1988 third quarter", "second-quarter", "the first half of 2017", "Q3 2017",
    // "this year's third quarter", "the year-ago third quarter"
    name: 'quarter',
    trigger: /quarter|half/i,
    pattern: pattern(String.raw`\b(?:the\s+)?(?:(this|last|next)\s+year's\s+|(year-(?:ago|earlier))\s+)?(?:(?:fiscal\s+)?(${YEAR})\s+)?(?:fiscal\s+)?(${ORDINAL})[\s-]+(quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?:(${YEAR})|(this|last|next)\s+year))?(?!\w)`),
    read: (m, ctx) => {
      // Groups: 1 "this year's", 2 "year-ago", 3 a year before, 4 the ordinal, 5 quarter or half, 6 a year after, 7 "of this year".
      const n = ORDINALS[m[4]!.toLowerCase()] ?? 1;
      const half = m[5]!.toLowerCase() === 'half';
      const part = half ? `H${Math.min(n, 2)}` : `Q${n}`;
      const year = m[3] ?? m[6];
      if (year) return absolute('DATE', `${year}-${part}`);
      const relative = m[1] ?? m[7];
      if (relative) {
        const shift = YEAR_SHIFT[relative.toLowerCase()]!;
        return fromPublication('DATE', ctx, (ref) => `${ref.year + shift}-${part}`, `XXXX-${part}`);
      }
      const latest = (): string => (half ? halfValue(Math.min(n, 2), ctx) : quarterValue(n, ctx))!;
      // "the year-ago third quarter": the latest third quarter, a year before.
      if (m[2]) return fromPublication('DATE', ctx, () => `${Number(latest().slice(0, 4)) - 1}${latest().slice(4)}`, `XXXX-${part}`);
      return fromPublication('DATE', ctx, latest, `XXXX-${part}`);
    },
  },
  {
    name: 'q-quarter',
    trigger: /\bQ[1-4]/,
    pattern: /\bQ([1-4])(?:\s+(\d{4}))?(?!\w)/g,
    read: (m, ctx) => (m[2] ? absolute('DATE', `${m[2]}-Q${m[1]}`) : fromPublication('DATE', ctx, () => quarterValue(Number(m[1]), ctx)!, `XXXX-Q${m[1]}`)),
  },
  {
    // "last summer", "the spring of 1994", "winter 2016"; "the fall" of "the fall of the Wall" is no season.
    name: 'season',
    trigger: /spring|summer|autumn|fall|winter/i,
    pattern: pattern(String.raw`\b(?:(this|last|next|the|early|late|mid|that)[\s-]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(${YEAR}))?(?!\w)`),
    accept: (m, text) => {
      if (!m[1] && !m[3]) return false;
      return Boolean(m[3]) || !/^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    },
    read: (m, ctx) => {
      const season = SEASONS[m[2]!.toLowerCase()]!;
      if (m[3]) return absolute('DATE', `${m[3]}-${season}`, positionMod(m[1]));
      const which = m[1]!.toLowerCase();
      const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season]!;
      return fromPublication('DATE', ctx, (ref) => {
        // The latest occurrence that has begun by publication, and whether it is over (three months on).
        const latest = ref.month >= startMonth ? ref.year : ref.year - 1;
        const monthsIn = (ref.year - latest) * 12 + ref.month - startMonth;
        if (which === 'last') return `${monthsIn >= 3 ? latest : latest - 1}-${season}`;
        if (which === 'next') return `${latest + 1}-${season}`;
        // "this summer" in May is the coming one; "this winter" in January the one under way.
        return `${monthsIn < 3 || latest === ref.year ? latest : latest + 1}-${season}`;
      }, `XXXX-${season}`, positionMod(m[1]));
    },
  },
];
