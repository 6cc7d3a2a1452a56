import { addDays, addMonths, formatDay, formatMonth, formatWeek, quarterOf, type Day } from './calendar.js';
import { COUNT, UNIT, WEEKDAY, countValue, unitCode, weekdayNumber } from './lexicon.js';
import { dayOfWeekday } from './pick.js';
import { absolute, fromAnchor, fromPublication, pattern, positionMod, quantityMod, type ResolveContext, type Rule } from './rule.js';

const PART_OF_DAY: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
const DAY_SHIFT: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** A calendar unit a relative expression counts in ("last week", "two years ago"). */
type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

function grainOf(unitWord: string): Grain {
  const w = unitWord.toLowerCase();
  if (w.startsWith('weekend')) return 'weekend';
  if (w.startsWith('fiscal')) return 'year';
  const grain = unitCode(w).grain;
  return grain === 'time' ? 'day' : grain;
}

/** The value of the period `n` units away from day `d` at that unit's grain: week 2017-W18, month 2017-04… */
export function shiftedPeriod(d: Day, grain: Grain, n: number): string {
  switch (grain) {
    case 'day':
      return formatDay(addDays(d, n));
    case 'week':
      return formatWeek(addDays(d, 7 * n));
    case 'weekend':
      return `${formatWeek(addDays(d, 7 * n))}-WE`;
    case 'month': {
      const [y, m] = addMonths(d.year, d.month, n);
      return formatMonth(y, m);
    }
    case 'quarter': {
      const index = d.year * 4 + quarterOf(d.month) - 1 + n;
      return `${Math.floor(index / 4)}-Q${index % 4 + 1}`;
    }
    case 'year':
      return String(d.year + n);
    case 'decade':
      return String(Math.floor(d.year / 10) + n);
    case 'century':
      return String(Math.floor(d.year / 100) + n).padStart(2, '0');
  }
}

/** A quarter value moved by `n` quarters: `1989-Q3`, -4 → `1988-Q3`. */
export function shiftQuarter(value: string, n: number): string {
  const index = Number(value.slice(0, 4)) * 4 + Number(value.slice(6)) - 1 + n;
  return `${Math.floor(index / 4)}-Q${index % 4 + 1}`;
}

function withPart(date: string, part: string | undefined): string {
  return part ? `${date}T${PART_OF_DAY[part.toLowerCase()]}` : date;
}

const SHIFT_WORDS: Readonly<Record<string, number>> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1 };

/** Rules for expressions relative to the publication date or to a date the text named. */
export const RELATIVE_RULES: readonly Rule[] = [
  {
    // "today", "yesterday morning", "tonight", "the day before yesterday"
    name: 'day-word',
    trigger: /today|tonight|yesterday|tomorrow/i,
    pattern: pattern(String.raw`\b(?:the\s+day\s+(before|after)\s+)?(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?(?!\w)`),
    read: (m, ctx) => {
      const word = m[2]!.toLowerCase();
      const shift = DAY_SHIFT[word]! + (m[1] ? (m[1].toLowerCase() === 'before' ? -1 : 1) : 0);
      const part = m[3] ?? (word === 'tonight' ? 'tonight' : undefined);
      return fromPublication(part ? 'TIME' : 'DATE', ctx, (ref) => withPart(formatDay(addDays(ref, shift)), part));
    },
  },
  {
    // "this morning", "last night"
    name: 'part-of-day',
    trigger: /morning|afternoon|evening|night/i,
    pattern: pattern(String.raw`\b(this|last)\s+(morning|afternoon|evening|night)(?!\w)`),
    read: (m, ctx) => {
      const last = m[1]!.toLowerCase() === 'last';
      return fromPublication('TIME', ctx, (ref) => withPart(formatDay(addDays(ref, last ? -1 : 0)), m[2]));
    },
  },
  {
    // "Monday", "last Friday", "Thursday morning"
    name: 'weekday',
    trigger: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i,
    pattern: pattern(String.raw`\b(?:(last|next|this|coming|past)\s+)?(${WEEKDAY})(?!s\b|\w)(?:\s+(morning|afternoon|evening|night))?`),
    read: (m, ctx) => {
      const wd = weekdayNumber(m[2]!);
      const which = m[1]?.toLowerCase();
      const mode = which === 'last' || which === 'past' ? 'last' : which === 'next' || which === 'coming' ? 'next' : which === 'this' ? 'this' : 'near';
      const day = dayOfWeekday(wd, ctx, mode);
      const type = m[3] ? 'TIME' : 'DATE';
      if (day === undefined) return { type, value: withPart(`XXXX-WXX-${wd}`, m[3]), basis: 'unresolved' };
      return { type, value: withPart(day, m[3]), basis: ctx.after && ctx.anchorFromText ? 'text' : 'publication' };
    },
  },
  {
    name: 'present',
    trigger: /now|current|present|these days|moment/i,
    pattern: pattern(String.raw`\b(?<!then\s)(?:right\s+now|now|currently|nowadays|at\s+present|the\s+present(?:\s+time)?|these\s+days|at\s+the\s+moment)(?![\w-])`),
    read: () => absolute('DATE', 'PRESENT_REF'),
  },
  {
    name: 'past',
    trigger: /recent|lately|past/i,
    pattern: pattern(String.raw`\b(?:(?:more\s+)?recently|lately|the\s+past(?!\s+(?:${COUNT}|${UNIT})\b)|recent\s+(?:years|decades))(?![\w-])`),
    read: () => absolute('DATE', 'PAST_REF'),
  },
  {
    name: 'future',
    trigger: /future|later date|term\b|coming/i,
    pattern: pattern(String.raw`\b(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|future\s+(?:years|quarters)|a\s+later\s+date|the\s+(?:near|short)\s+term|coming\s+(?:years|months|weeks|quarters))(?![\w-])`),
    read: () => absolute('DATE', 'FUTURE_REF'),
  },
  {
    // "that day", "earlier that day", "the next day", "the following year", "later that month"
    name: 'anchored',
    trigger: /\b(?:that|same|next|following|previous|day)\b/i,
    pattern: pattern(String.raw`\b(?:(earlier|later)\s+)?(that|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+day\s+before|the\s+day\s+after|a\s+day\s+(?:later|earlier))(?:\s+(day|morning|afternoon|evening|night|week|month|year))?(?!\w)`),
    accept: (m) => Boolean(m[3]) || /day/i.test(m[2]!),
    read: (m, ctx) => {
      const head = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = (m[3] ?? 'day').toLowerCase();
      const shift = /next|following|day after|later/.test(head) ? 1 : /previous|day before|earlier/.test(head) ? -1 : 0;
      const part = PART_OF_DAY[unit] ? unit : undefined;
      if (head.startsWith('the day') || head.startsWith('a day')) return fromAnchor('DATE', ctx, (a) => formatDay(addDays(a, shift)));
      if (part || unit === 'day') return fromAnchor(part ? 'TIME' : 'DATE', ctx, (a) => withPart(formatDay(addDays(a, shift)), part));
      const grain = grainOf(unit);
      if (grain === 'month' && ctx.anchorMonth) {
        const [y, mo] = addMonths(ctx.anchorMonth[0], ctx.anchorMonth[1], shift);
        return { type: 'DATE', value: formatMonth(y, mo), basis: ctx.anchorFromText ? 'text' : 'publication' };
      }
      if (grain === 'year') {
        // "That year" is the year the text last named, which may be coarser than its last day ("in 1998 … later that year").
        const year = ctx.anchorYear ?? ctx.anchor?.year;
        if (year === undefined) return { type: 'DATE', basis: 'unresolved' };
        return { type: 'DATE', value: String(year + shift), basis: ctx.anchorFromText || year !== ctx.ref?.year ? 'text' : 'publication' };
      }
      return fromAnchor('DATE', ctx, (a) => shiftedPeriod(a, grain, shift));
    },
  },
  {
    // "last year", "this week", "next month", "early last year", "earlier this month", "the end of this quarter"
    name: 'this-last-next',
    trigger: /\b(?:this|last|next|current|coming|past|previous)\s/i,
    pattern: pattern(String.raw`\b(?:(early|late|mid|earlier|later|the\s+(?:beginning|start|middle|end|rest)\s+of)[\s-]+)?(this|last|next|current|coming|past|previous)\s+(week|weekend|month|quarter|year|decade|century|fiscal\s+year)(?!\w)`),
    accept: (m, text) => !/^(?:past|coming|previous)$/i.test(m[2]!) || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)),
    read: (m, ctx) => {
      const shift = SHIFT_WORDS[m[2]!.toLowerCase()] ?? 0;
      const grain = grainOf(m[3]!);
      return fromPublication('DATE', ctx, (ref) => shiftedPeriod(ref, grain, shift), undefined, positionMod(m[1]));
    },
  },
  {
    // "two years ago", "a week earlier", "three days later", "several years ago"
    name: 'ago',
    trigger: /\b(?:ago|earlier|later|from now|hence)\b/i,
    pattern: pattern(String.raw`\b(?:(about|some|nearly|almost|more\s+than|over|less\s+than|just|only|roughly|around)\s+)?(${COUNT})[\s-]+(${UNIT})(?:\s+|-)(ago|earlier|later|from\s+now|hence)(?!\w)`),
    read: (m, ctx) => {
      const n = countValue(m[2]!);
      const word = m[4]!.toLowerCase();
      const back = word === 'ago' || word === 'earlier';
      const mod = quantityMod(m[1]);
      if (n === undefined) return absolute('DATE', back ? 'PAST_REF' : 'FUTURE_REF');
      const grain = grainOf(m[3]!);
      const fromText = word !== 'ago' && !word.startsWith('from') && word !== 'hence';
      // In a quarterly report "a year earlier" is the same quarter a year before.
      if (n === 1 && grain === 'year' && back && ctx.anchorQuarter) return { type: 'DATE', value: shiftQuarter(ctx.anchorQuarter, -4), basis: 'text', ...(mod ? { mod } : {}) };
      const compute = (d: Day): string => shiftedPeriod(d, grain, back ? -n : n);
      return fromText ? fromAnchor('DATE', ctx, compute, mod) : fromPublication('DATE', ctx, compute, undefined, mod);
    },
  },
];
