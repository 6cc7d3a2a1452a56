import { addDays, formatDay, formatMonth, formatWeek, quarterOf, weekday, type Day } from './calendar.js';
import { absolute, fromAnchor, fromPublication, pattern, type ResolveContext, type Rule } from './rule.js';
import { shiftQuarter } from './rules-relative.js';

const TENS: Readonly<Record<string, number>> = { ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** The quarter a report is about: the last one the text named, else the last one finished before publication. */
function reportQuarter(ctx: ResolveContext, ref: Day): string {
  return ctx.anchorQuarter ?? shiftQuarter(`${ref.year}-Q${quarterOf(ref.month)}`, -1);
}

/** The weekend "over the weekend" means: the last one (the one under way on a Saturday or Sunday), or the next in a future clause. */
function weekendOf(ref: Day, future: boolean): string {
  const wd = weekday(ref);
  if (wd >= 6) return `${formatWeek(ref)}-WE`;
  return `${formatWeek(addDays(ref, future ? 0 : -7))}-WE`;
}

/**
 * Rules for the periods of business and broadcast news: "the quarter", "the year-ago period",
 * "the year" and "year-end", "over the weekend", "in the morning", and years spoken in words
 * ("nineteen ninety-six").
 */
export const REPORT_RULES: readonly Rule[] = [
  {
    // "the quarter", "the latest period", "the year-ago quarter", "the comparable year-earlier period", "that quarter"
    name: 'report-quarter',
    trigger: /quarter|period/i,
    pattern: pattern(String.raw`\b(?:(?:the|that|this)\s+)(?:(latest|current|same)\s+|((?:comparable\s+|corresponding\s+)?year-(?:ago|earlier))\s+)?(?:(quarter)|(?<=(?:latest|year-ago|year-earlier)\s+)period)(?![\w-]|\s+of\b)`),
    read: (m, ctx) => {
      const yearAgo = m[2] !== undefined;
      return fromPublication('DATE', ctx, (ref) => (yearAgo ? shiftQuarter(reportQuarter(ctx, ref), -4) : reportQuarter(ctx, ref)));
    },
  },
  {
    // "year-earlier results", "year-ago profit": the report's quarter a year before, or last year.
    name: 'year-ago-adjective',
    trigger: /year-(?:ago|earlier)/i,
    pattern: /\byear-(?:ago|earlier)(?=\s+(?!quarter|period)\w)/gi,
    read: (m, ctx) => fromPublication('DATE', ctx, (ref) => (ctx.anchorQuarter ? shiftQuarter(ctx.anchorQuarter, -4) : String(ref.year - 1))),
  },
  {
    // "for the year ended Sept. 30" is a twelve-month period; "for the year", "the full year" the current year.
    name: 'report-year',
    trigger: /\byear\b/i,
    pattern: pattern(String.raw`\bthe\s+(?:full\s+|fiscal\s+|current\s+)?year(?![\w-]|'s|\s+(?:before|after|earlier|later|ago)\b)(\s+(?:ended|ending|to\s+date))?`),
    read: (m, ctx) => (m[1] ? absolute('DURATION', 'P1Y') : fromPublication('DATE', ctx, (ref) => String(ref.year))),
  },
  {
    name: 'year-end',
    trigger: /year[\s-]end|year's end|end of the year/i,
    pattern: /\b(?:year[\s-]end|year's\s+end|the\s+end\s+of\s+the\s+year)(?![\w-])/gi,
    read: (_m, ctx) => fromPublication('DATE', ctx, (ref) => String(ref.year), undefined, 'END'),
  },
  {
    name: 'month-end',
    trigger: /month[\s-]end|end of the month/i,
    pattern: /\b(?:month[\s-]end|the\s+end\s+of\s+the\s+month)(?![\w-])/gi,
    read: (_m, ctx) => fromPublication('DATE', ctx, (ref) => formatMonth(ref.year, ref.month), undefined, 'END'),
  },
  {
    name: 'weekend',
    trigger: /weekend/i,
    pattern: /\bthe\s+weekend(?!\w)/gi,
    read: (_m, ctx) => fromPublication('DATE', ctx, (ref) => weekendOf(ref, ctx.tense === 'future')),
  },
  {
    // "in the morning", "later in the day": the day under discussion.
    name: 'the-part-of-day',
    trigger: /the\s+(?:day|morning|afternoon|evening)/i,
    pattern: /\b(?:(?:earlier|later)\s+in\s+)?the\s+(day|morning|afternoon|evening)(?![\w-]|\s+(?:before|after|of)\b)/gi,
    read: (m, ctx) => {
      const part = PARTS[m[1]!.toLowerCase()];
      return fromAnchor(part ? 'TIME' : 'DATE', ctx, (a) => (part ? `${formatDay(a)}T${part}` : formatDay(a)));
    },
  },
  {
    // "nineteen ninety-six", "the year two thousand"
    name: 'spoken-year',
    trigger: /nineteen|two thousand/i,
    pattern: /\b(?:the\s+year\s+)?(?:nineteen[\s-]+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine))?)(?![\w-])/gi,
    accept: (m) => m[1] !== undefined || /year|thousand\s+and/i.test(m[0]),
    read: (m) => {
      if (m[1]) return absolute('DATE', String(1900 + TENS[m[1].toLowerCase()]! + (m[2] ? ONES[m[2].toLowerCase()]! : 0)));
      return absolute('DATE', String(2000 + (m[3] ? ONES[m[3].toLowerCase()]! : 0)));
    },
  },
];
