/**
 * Words of time expressions: the regular-expression sources the recognizer is built from, and the
 * readers that turn a matched word into a number or a TIMEX3 unit.
 */

/** Month names and their news abbreviations ("Sept.", "Jan."); "May" and "March" are checked for case later. */
export const MONTH = String.raw`(?:jan(?:uary|\.)|feb(?:ruary|\.)|mar(?:ch|\.)|apr(?:il|\.)|may|june?|july?|aug(?:ust|\.)|sep(?:t(?:ember|\.)?|\.)|oct(?:ober|\.)|nov(?:ember|\.)|dec(?:ember|\.))`;

export const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

/** A day of the month: "3", "03", "3rd", "21st". */
export const DAY_OF_MONTH = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`;

/** A year as news writes one alone: 1600–2099, not part of a longer number. */
export const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)(?![\d,]\d|\.\d|%|-\d{3})`;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, 'a couple of': 2, 'a couple': 2, couple: 2,
};

/** Words for an unknown count: "several years" is `PXY`. */
const VAGUE = ['several', 'a few', 'few', 'many', 'some', 'numerous', 'countless'];

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/** A count: digits, number words ("twenty-five"), "a", "a couple of", "several". */
export const COUNT = String.raw`(?:\d+(?:\.\d+)?|(?:${TENS})(?:[- ](?:${UNITS_WORDS}))?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}|${VAGUE.join('|')})`;

/** Ordinals of quarters and halves. */
export const ORDINAL = String.raw`(?:first|second|third|fourth|final|1st|2nd|3rd|4th)`;

/** Time units, singular or plural. */
export const UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))`;

/** The value of a count, `undefined` for a vague one ("several"). */
export function countValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (compound && compound[1]! in NUMBER_WORDS && compound[2]! in NUMBER_WORDS) return NUMBER_WORDS[compound[1]!]! + NUMBER_WORDS[compound[2]!]!;
  return undefined;
}

/** Month 1–12 of a month word ("Sept." → 9). */
export function monthNumber(word: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** ISO weekday 1–7 of a weekday word. */
export function weekdayNumber(word: string): number {
  return ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** How a unit is written in a TIMEX3 duration, and whether it belongs after the `T`. */
export interface UnitCode {
  readonly code: string;
  readonly time: boolean;
  /** The calendar granularity "N units ago" resolves to. */
  readonly grain: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'time';
}

export function unitCode(word: string): UnitCode {
  const w = word.toLowerCase();
  if (w.startsWith('second')) return { code: 'S', time: true, grain: 'time' };
  if (w.startsWith('minute')) return { code: 'M', time: true, grain: 'time' };
  if (w.startsWith('hour')) return { code: 'H', time: true, grain: 'time' };
  if (w.startsWith('weekend')) return { code: 'WE', time: false, grain: 'week' };
  if (w.startsWith('day') || w.startsWith('night')) return { code: 'D', time: false, grain: 'day' };
  if (w.startsWith('fortnight')) return { code: 'W', time: false, grain: 'week' };
  if (w.startsWith('week')) return { code: 'W', time: false, grain: 'week' };
  if (w.startsWith('month')) return { code: 'M', time: false, grain: 'month' };
  if (w.startsWith('quarter')) return { code: 'Q', time: false, grain: 'quarter' };
  if (w.startsWith('decade')) return { code: 'DE', time: false, grain: 'decade' };
  if (w.startsWith('centur')) return { code: 'CE', time: false, grain: 'century' };
  return { code: 'Y', time: false, grain: 'year' };
}

/**
 * A half unit in the next smaller one, as TimeML writes it: "2 1/2 years" is `P2Y6M`, "a minute
 * and a half" `PT1M30S`; units with no whole smaller one keep the decimal (`P1.5W`).
 */
const HALF_OF: Readonly<Record<string, string>> = { Y: '6M', D: 'T12H', H: '30M', M: '30S' };

/** A TIMEX3 duration: `P3D`, `PT48H`, `PXY` when the count is vague. */
export function durationValue(count: number | undefined, unitWord: string): string {
  const unit = unitCode(unitWord);
  if (count !== undefined && count % 1 === 0.5 && (unit.time ? unit.code !== 'S' : unit.code === 'Y' || unit.code === 'D')) {
    const whole = Math.floor(count);
    const head = whole > 0 ? `${whole}${unit.code}` : '';
    return unit.time ? `PT${head}${HALF_OF[unit.code]!}` : `P${head}${HALF_OF[unit.code]!}`;
  }
  const factor = /^fortnight/i.test(unitWord) ? 2 : 1;
  const n = count === undefined ? 'X' : String(count * factor);
  if (unit.code === 'WE') return `P${count === undefined ? 'X' : count * 2}D`;
  // Decades and centuries are written in years, as TimeBank does: "two decades" is P20Y.
  if (unit.code === 'DE' || unit.code === 'CE') return `P${count === undefined ? 'X' : count * (unit.code === 'DE' ? 10 : 100)}Y`;
  return unit.time ? `PT${n}${unit.code}` : `P${n}${unit.code}`;
}
