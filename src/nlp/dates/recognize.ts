import type { TimeExpression } from '../../doc/index.js';
import { parseDay, type Day } from './calendar.js';
import type { ResolveContext, Rule } from './rule.js';
import { CALENDAR_RULES } from './rules-calendar.js';
import { HOLIDAY_RULES } from './rules-holiday.js';
import { LENGTH_RULES } from './rules-length.js';
import { RELATIVE_RULES } from './rules-relative.js';
import { REPORT_RULES } from './rules-report.js';
import { clauseTense } from './tense.js';

/** Every rule; on equal spans the earlier one wins. */
const RULES: readonly Rule[] = [...CALENDAR_RULES, ...HOLIDAY_RULES, ...RELATIVE_RULES, ...REPORT_RULES, ...LENGTH_RULES];
/** What may stand between the two ends of a range: "from March to May", "between 2010 and 2012", "May 3-7". */
const RANGE_GAP = /^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$/i;
const RANGE_OPENER = /(?:\bfrom|\bbetween|\bsince)\s+$/i;
/** What may join a clock time and its day into one expression: "3 p.m. Monday", "Monday at 3 p.m.". */
const TIME_JOIN = /^(?:\s+|\s*,\s*|\s+on\s+|\s+at\s+)$/i;
const NAMED_QUARTER = new Set(['quarter', 'q-quarter']);
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$|^XXXX-WXX-\d$/;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly rule: number;
  readonly match: RegExpExecArray;
}

/**
 * A title in quotes: `"This Week" with David Brinkley`, `CBS's "60 Minutes"`. Every word capitalised
 * right after an opening quote names a programme or a book, not a time.
 */
function quotedTitle(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/);
  return words.length > 1 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && /(?:["“]|''|``)$/.test(text.slice(Math.max(0, start - 2), start));
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  RULES.forEach((rule, index) => {
    if (!rule.trigger.test(text)) return;
    const re = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      if (rule.accept && !rule.accept(m as RegExpExecArray, text)) continue;
      if (quotedTitle(text, m.index, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: index, match: m as RegExpExecArray });
    }
  });
  return out;
}

/** Leftmost-longest: at each position the longest candidate, and nothing that overlaps a chosen one. */
function choose(all: Candidate[]): Candidate[] {
  const sorted = [...all].sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  const chosen: Candidate[] = [];
  let reach = 0;
  for (const c of sorted) {
    if (c.start < reach) continue;
    chosen.push(c);
    reach = c.end;
  }
  return chosen;
}

/** The first day of a value that names a day, month or year, for the start of a range. */
function firstDayOf(value: string | undefined): Day | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!m) return undefined;
  return parseDay(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`);
}

/**
 * "May 30 to June 2, 2018": the year written once, at the end, is the start's too (the year before
 * when the start's month comes later, "Dec. 28 to Jan. 3, 2018").
 */
function withRangeYear(start: TimeExpression, end: TimeExpression): TimeExpression {
  const s = /^\d{4}(-\d{2}(?:-\d{2})?)$/.exec(start.value ?? '');
  const e = /^(\d{4})-(\d{2})/.exec(end.value ?? '');
  if (!s || !e || start.basis !== 'publication' || end.basis !== 'absolute') return start;
  const year = Number(e[1]) - (s[1]!.slice(1, 3) > e[2]! ? 1 : 0);
  return { ...start, value: `${year}${s[1]}`, basis: 'text' };
}

/** Joins a clock time with the day right before or after it: "3 p.m. Monday" is one TIME, `2017-05-01T15:00`. */
function joinTimes(text: string, items: TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (prev && TIME_JOIN.test(text.slice(prev.end, item.start))) {
      const [clock, day] = prev.type === 'TIME' && item.type === 'DATE' ? [prev, item] : item.type === 'TIME' && prev.type === 'DATE' ? [item, prev] : [];
      const hhmm = clock?.value !== undefined ? /T(\d{2}:\d{2})$/.exec(clock.value)?.[1] : undefined;
      if (clock && day && hhmm && DAY_VALUE.test(day.value ?? '')) {
        out[out.length - 1] = { start: prev.start, end: item.end, type: 'TIME', value: `${day.value}T${hhmm}`, basis: day.basis };
        continue;
      }
    }
    out.push(item);
  }
  return out;
}

/**
 * Finds the time expressions of a text and normalises them to TIMEX3 values against the
 * publication date (`published`, ISO 8601; undefined leaves relative expressions unresolved).
 * Expressions are read in text order so that "earlier that day" can take the day named before it.
 *
 * @example recognizeDates('Putin spoke on Monday.', '2017-05-03') // [{ start: 15, end: 21, type: 'DATE', value: '2017-05-01', basis: 'publication' }]
 */
export function recognizeDates(text: string, published: string | undefined): TimeExpression[] {
  const ref = parseDay(published);
  const found: TimeExpression[] = [];
  let anchor = ref;
  let anchorFromText = false;
  let anchorYear = ref?.year;
  let anchorMonth: [number, number] | undefined = ref ? [ref.year, ref.month] : undefined;
  let anchorQuarter: string | undefined;
  for (const c of choose(candidates(text))) {
    const prev = found[found.length - 1];
    const closesRange = prev !== undefined && RANGE_GAP.test(text.slice(prev.end, c.start))
      && (RANGE_OPENER.test(text.slice(Math.max(0, prev.start - 12), prev.start)) || /[-–]/.test(text.slice(prev.end, c.start)) || RULES[c.rule]!.name === 'range-day');
    let tense: 'past' | 'future' | undefined | null = null;
    const ctx: ResolveContext = {
      ref, anchor, anchorFromText, anchorYear, anchorMonth, anchorQuarter,
      // Read only by the rules that need it (weekdays, months, quarters): most expressions do not.
      get tense() {
        if (tense === null) tense = clauseTense(text, c.start, c.end);
        return tense;
      },
      after: closesRange ? firstDayOf(prev.value) : undefined,
    };
    const reading = RULES[c.rule]!.read(c.match, ctx);
    const item: TimeExpression = { start: c.start, end: c.end, ...reading };
    if (closesRange) found[found.length - 1] = withRangeYear(prev, item);
    found.push(item);
    if (reading.type !== 'DATE' && reading.type !== 'TIME' || reading.value === undefined || reading.basis === 'unresolved') continue;
    const day = parseDay(reading.value);
    if (day) {
      anchor = day;
      anchorFromText = true;
    }
    const period = /^(\d{4})(?:-(?:(\d{2})|(Q[1-4])))?/.exec(reading.value);
    if (period) {
      anchorYear = Number(period[1]);
      if (period[2]) anchorMonth = [anchorYear, Number(period[2])];
      // Only a quarter the text names moves the report's quarter; "a year earlier" read from it must not.
      if (period[3] && NAMED_QUARTER.has(RULES[c.rule]!.name)) anchorQuarter = reading.value.slice(0, 7);
    }
  }
  return joinTimes(text, found);
}
