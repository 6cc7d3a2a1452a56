import { formatDay } from './calendar.js';
import { COUNT, UNIT, WEEKDAY, countValue, durationValue, weekdayNumber } from './lexicon.js';
import { absolute, fromAnchor, pattern, quantityMod, type Rule } from './rule.js';

const QUANTITY = String.raw`(about|approximately|around|roughly|some|nearly|almost|more\s+than|over|less\s+than|under|at\s+least|up\s+to|at\s+most|just|only)`;
const SET_ADVERBS: Readonly<Record<string, string>> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y' };
const HALF: Readonly<Record<string, string>> = { hour: 'PT30M', day: 'PT12H', week: 'P3.5D', month: 'P2W', year: 'P6M', decade: 'P5Y', century: 'P50Y' };

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Rules for lengths of time, recurrences and clock times. */
export const LENGTH_RULES: readonly Rule[] = [
  {
    // "three years", "more than a decade", "the past two weeks", "the first nine months", "a 10-year", "two and a half years", "2 1/2 years", "48 hours";
    // an age ("a 44-year-old", "six years old") describes a person, not a stretch of time.
    name: 'duration',
    trigger: /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i,
    pattern: pattern(String.raw`\b(?:${QUANTITY}\s+(?!the\b))?(?:the\s+(?:past|last|next|coming|first|final|previous|following)\s+)?(${COUNT})(\s+and\s+a\s+half|\s+1/2)?[\s-]+(?:(?:more|additional|straight|consecutive|full|trading|business|working)\s+)?(${UNIT})(?:[\s-]+and[\s-]+a[\s-]+half)?(?!\w|[\s-]+old\b)`),
    accept: (m, text) => {
      // "a year" after an amount is a rate ("$5 a year"), read by the set rule.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/\d[,.]$/.test(before)) return false;
      // "three-quarters of" is a fraction, "1988 quarter" a year, "a second group" an ordinal.
      if (/^quarters?$/i.test(m[4]!) && /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return false;
      const count = countValue(m[2]!);
      if (count !== undefined && count >= 1000 || /^an?$/i.test(m[2]!) && /^second$/i.test(m[4]!)) return false;
      return !(/^an?$/i.test(m[2]!) && !m[1] && /(?:\d|%|percent|cents?|dollars?|times|once|twice)\s*$/i.test(before));
    },
    read: (m) => {
      const n = countValue(m[2]!);
      const half = m[3] !== undefined || /and[\s-]+a[\s-]+half$/i.test(m[0]);
      const count = n === undefined ? undefined : n + (half ? 0.5 : 0);
      // Quarters are written in months, as TimeBank does: "the next three quarters" is P9M.
      const value = count !== undefined && /^quarter/i.test(m[4]!) ? `P${count * 3}M` : durationValue(count, m[4]!);
      return absolute('DURATION', value, quantityMod(m[1]));
    },
  },
  {
    // "the past year", "the next month", "the coming week": one unit back or ahead from now.
    name: 'duration-one',
    trigger: /the\s+(?:past|last|next|coming)\s/i,
    pattern: pattern(String.raw`\bthe\s+(?:past|last|next|coming)\s+(week|month|quarter|year|decade|century)(?!\w)`),
    read: (m) => absolute('DURATION', durationValue(1, m[1]!)),
  },
  {
    // "recent months", "in recent weeks": a vague stretch up to now.
    name: 'recent-period',
    trigger: /recent\s/i,
    pattern: /\brecent\s+(days|weeks|months|quarters)(?!\w)/gi,
    read: (m) => absolute('DURATION', durationValue(undefined, m[1]!)),
  },
  {
    name: 'half',
    trigger: /half\s+an?\s/i,
    pattern: pattern(String.raw`\bhalf\s+an?\s+(hour|day|week|month|year|decade|century)(?!\w)`),
    read: (m) => absolute('DURATION', HALF[m[1]!.toLowerCase()]!),
  },
  {
    // "for years", "recent months", "weeks" after "for", "over", "within"
    name: 'vague-duration',
    trigger: /(?:years|months|weeks|days|decades|centuries|hours|minutes)\b/i,
    pattern: pattern(String.raw`\b(years|months|weeks|days|decades|centuries|hours|minutes)(?!\s+(?:ago|of|old|earlier|later|to\s+come)\b|\w)`),
    accept: (m, text) => /\b(?:for|over|within|in|after|took|takes|take|last(?:ed|s)?)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)),
    read: (m) => absolute('DURATION', durationValue(undefined, m[1]!)),
  },
  {
    // "every day", "each Monday", "every other week", "twice a year", "$5 a year", "daily"
    name: 'set',
    trigger: /every|each|once|twice|times|hourly|daily|nightly|weekly|monthly|annually|yearly/i,
    pattern: pattern(String.raw`\b(?:(?:once|twice|(?:${COUNT})\s+times)\s+(?:a|an|per|each|every)\s+(day|week|month|year|quarter)|(?:every|each)\s+(other\s+)?(?:(day|week|month|year|quarter|hour|morning|evening|night|weekend)|(${WEEKDAY}))|(hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly))(?!\w)`),
    read: (m) => {
      if (m[1]) return absolute('SET', durationValue(1, m[1]));
      if (m[5]) return absolute('SET', SET_ADVERBS[m[5].toLowerCase()]!);
      if (m[4]) return absolute('SET', `XXXX-WXX-${weekdayNumber(m[4])}`);
      const unit = m[3]!.toLowerCase();
      if (/morning|evening|night/.test(unit)) return absolute('SET', `XXXX-XX-XXT${{ morning: 'MO', evening: 'EV', night: 'NI' }[unit as 'morning']}`);
      return absolute('SET', durationValue(m[2] ? 2 : 1, unit));
    },
  },
  {
    name: 'rate',
    trigger: /\b(?:a|per)\s+(?:day|week|month|year|quarter|hour)\b/i,
    pattern: pattern(String.raw`\b(?:a|per)\s+(day|week|month|year|quarter|hour)(?!\w)`),
    // The amount is checked on the text before the match: a lookbehind would run at every character.
    accept: (m, text) => /(?:\d|%|percent|cents?|dollars?|euros?|pounds?)\s*$/i.test(text.slice(Math.max(0, m.index - 10), m.index)),
    read: (m) => absolute('SET', durationValue(1, m[1]!)),
  },
  {
    // "10:30 a.m.", "3 p.m. EST", "noon", "midnight", "14:00 GMT": on the day under discussion.
    name: 'clock',
    trigger: /\d:\d\d|\d\s*[ap]\.?m\b|noon|midnight|midday/i,
    pattern: pattern(String.raw`\b(?:(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)(?!\w)|(\d{1,2}):(\d{2})(?![\d:])|(noon|midnight|midday))(?:\s+(?:(?:local\s+time)|(?:[ECMP][SD]T|GMT|UTC)(?!\w)))?`),
    accept: (m) => {
      const hour = Number(m[1] ?? m[4] ?? 0);
      return m[6] !== undefined || (m[1] !== undefined ? hour >= 1 && hour <= 12 : hour <= 23 && Number(m[5]) <= 59);
    },
    read: (m, ctx) => {
      let clock: string;
      if (m[6]) clock = /midnight/i.test(m[6]) ? '24:00' : '12:00';
      else if (m[1]) clock = `${pad(hour24(Number(m[1]), m[3]))}:${m[2] ?? '00'}`;
      else clock = `${pad(Number(m[4]))}:${m[5]}`;
      const reading = fromAnchor('TIME', ctx, (a) => `${formatDay(a)}T${clock}`);
      return reading.value === undefined ? { type: 'TIME', value: `XXXX-XX-XXT${clock}`, basis: 'unresolved' } : reading;
    },
  },
];
