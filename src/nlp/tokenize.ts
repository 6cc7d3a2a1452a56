import type { Token, TokenKind } from '../doc/index.js';
import { OTHER_ABBREVIATIONS, PREFIX_ABBREVIATIONS, SENTENCE_OPENERS, hasAbbreviation } from './abbreviations.js';
import { CHAR_CLASS, DIGIT, LOWER, PUNCT, SPACE, SURROGATE, UPPER, isWordClass } from './chars.js';
import { emailEnd, isUrlStart, urlEnd } from './web-tokens.js';

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const PERIOD = 0x2e;
const HYPHEN = 0x2d;

/**
 * Splits text into tokens following the CoNLL-2003 / Penn Treebank conventions, so that a tagger
 * trained on CoNLL tokens sees the same units on raw news text:
 * - clitics are split off: "don't" → "do" "n't", "Germany's" → "Germany" "'s" ("’" too);
 *   other apostrophes stay inside ("O'Brien");
 * - hyphenated words, dates and scores stay whole: "short-lived", "1996-08-30", "6-4";
 * - numbers keep their separators and sign: "1,000", "2.5", "1/2", "10:30", "+44", ".500";
 *   "$" and "%" are separate tokens, currency prefixes stay whole ("C$", "US$");
 * - a final period stays on abbreviations, acronyms and initials ("Mr.", "U.S.", "a.m.", "W."),
 *   and on list numbers after a line or sentence start ("1. Hever Golf Rose"), except that an
 *   abbreviation ending its sentence gives the period up, as in CoNLL ("Acme Inc. The" → "Inc" ".");
 * - URLs, e-mail addresses, "@handles" and "#tags" are one token each;
 * - runs of ".", "-", "*", "=", "?!" are one token ("...", "--").
 *
 * Offsets are UTF-16 code units of `text`; tokens are in text order, never overlap and never
 * contain whitespace. Never throws.
 *
 * @example
 * tokenize("U.S. shares don't fall.").map((t) => t.kind)
 * // "U.S." word, "shares" word, "do" word, "n't" word, "fall" word, "." punct
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = CHAR_CLASS[code] ?? SPACE;
    if (cls === SPACE) {
      i++;
    } else if (isWordClass(cls)) {
      i = isUrlStart(text, i) ? push(tokens, i, urlEnd(text, i), 'url') : scanWord(text, i, i, tokens);
    } else {
      i = scanOther(text, i, code, cls, tokens);
    }
  }
  return tokens;
}

function push(tokens: Token[], start: number, end: number, kind: TokenKind): number {
  tokens.push({ start, end, kind });
  return end;
}

function classAt(text: string, i: number): number {
  return i < text.length ? (CHAR_CLASS[text.charCodeAt(i)] ?? SPACE) : SPACE;
}

/** The clitics split off a word, lowercased, without the apostrophe: "'s", "'re", "'ve"… */
function cliticLength(text: string, at: number): number {
  let e = at;
  while (e < text.length && e - at < 3 && isWordClass(classAt(text, e))) e++;
  if (isWordClass(classAt(text, e))) return 0;
  const len = e - at;
  const a = text.charCodeAt(at) | 0x20;
  if (len === 1) return a === 0x73 || a === 0x6d || a === 0x64 ? 1 : 0;
  if (len !== 2) return 0;
  const b = text.charCodeAt(at + 1) | 0x20;
  return (a === 0x72 && b === 0x65) || (a === 0x76 && b === 0x65) || (a === 0x6c && b === 0x6c) ? 2 : 0;
}

/** True for "n't"/"N'T" ending a word at `apostrophe`. */
function isNegation(text: string, start: number, apostrophe: number): boolean {
  return apostrophe - 1 > start && (text.charCodeAt(apostrophe - 1) | 0x20) === 0x6e &&
    (text.charCodeAt(apostrophe + 1) | 0x20) === 0x74 && !isWordClass(classAt(text, apostrophe + 2));
}

/**
 * Scans a word or number from `from` (the token starts at `start`, earlier when a sign or a leading
 * "." belongs to it). Returns the offset after everything it pushed.
 */
function scanWord(text: string, start: number, from: number, tokens: Token[]): number {
  const n = text.length;
  let j = from;
  let dots = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isWordClass(CHAR_CLASS[c] ?? SPACE)) {
      j++;
      continue;
    }
    const next = classAt(text, j + 1);
    if (c === HYPHEN && next === SPACE && text.charCodeAt(j - 1) !== HYPHEN) {
      j++; // a rating or a split compound keeps its hyphen: "AA-", "pre- and post-war"
      break;
    }
    if (c === PERIOD && text.charCodeAt(j + 1) === HYPHEN && isWordClass(classAt(text, j + 2)) &&
      isAcronym(text, from, j)) {
      j += 3; // "U.S.-led"
      dots = true;
      continue;
    }
    if (!isWordClass(next)) break;
    const prev = CHAR_CLASS[text.charCodeAt(j - 1)] ?? SPACE;
    if (c === HYPHEN) {
      j += 2;
    } else if (c === PERIOD) {
      if (isGluedSentence(text, from, j)) break;
      dots = true;
      j += 2;
    } else if (c === 0x2c || c === 0x2f || c === 0x3a) {
      // "1,000", "1/2", "10:30" — but "Paris,France" and "and/or" split.
      if (prev !== DIGIT || next !== DIGIT) break;
      j += 2;
    } else if (c === 0x26) {
      if (prev !== UPPER || next !== UPPER) break; // "AT&T", "S&P"
      j += 2;
    } else if (c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) {
      if (isNegation(text, start, j)) {
        push(tokens, start, j - 1, 'word');
        return push(tokens, j - 1, j + 2, 'word');
      }
      const clitic = cliticLength(text, j + 1);
      if (clitic > 0) {
        push(tokens, start, j, kindOf(text, start, j, dots));
        return push(tokens, j, j + 1 + clitic, 'word');
      }
      j += 2;
    } else if (c === 0x40) {
      return push(tokens, start, emailEnd(text, j + 1), 'email');
    } else {
      break;
    }
  }
  const c = j < n ? text.charCodeAt(j) : 0;
  if (c === 0x24 && j - start <= 3 && isAllUpper(text, start, j)) {
    return push(tokens, start, j + 1, 'symbol'); // "C$", "US$", "HK$"
  }
  if (c === PERIOD && text.charCodeAt(j + 1) !== PERIOD && keepsPeriod(text, start, j, dots)) {
    return push(tokens, start, j + 1, CHAR_CLASS[text.charCodeAt(start)] === DIGIT ? 'number' : 'word');
  }
  return push(tokens, start, j, kindOf(text, start, j, dots));
}

/** "said.The" in badly joined text: a lowercase word, ".", then a capitalised word. */
function isGluedSentence(text: string, from: number, dot: number): boolean {
  return dot - from >= 3 && classAt(text, dot - 1) === LOWER && classAt(text, dot - 2) === LOWER &&
    classAt(text, dot + 1) === UPPER && classAt(text, dot + 2) === LOWER;
}

function isAllUpper(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (CHAR_CLASS[text.charCodeAt(k)] !== UPPER) return false;
  return end > start;
}

/** Letters-and-dots with segments of at most two letters: "U.S", "a.m", "Ph.D", "J.K". */
function isAcronym(text: string, start: number, end: number): boolean {
  let segment = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === PERIOD) segment = 0;
    else if (CHAR_CLASS[c] === DIGIT || ++segment > 2) return false;
  }
  return true;
}

/** Whether the period at `end` belongs to the word `[start, end)` rather than ending a sentence. */
function keepsPeriod(text: string, start: number, end: number, dots: boolean): boolean {
  const len = end - start;
  const first = CHAR_CLASS[text.charCodeAt(start)];
  if (first === DIGIT) return len <= 2 && !dots && isListStart(text, start, end);
  if (dots ? !isAcronym(text, start, end) : len > 7) return false;
  const initial = len === 1 && first === UPPER;
  if (!dots && !initial) {
    const word = text.slice(start, end);
    if (hasAbbreviation(PREFIX_ABBREVIATIONS, word)) return true; // "Roe v. Wade", "Gen. Lebed"
    if (!hasAbbreviation(OTHER_ABBREVIATIONS, word)) return false;
  }
  return !opensSentence(text, end + 1);
}

/**
 * Whether a sentence opener follows `at` after whitespace. An abbreviation that ends its sentence
 * gives its period to the sentence, as in CoNLL and the Penn Treebank: "of PC Data Inc. To be
 * sure" is "Inc" "." "To", while "Acme Inc. shares" keeps "Inc.".
 */
function opensSentence(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && CHAR_CLASS[text.charCodeAt(k)] === SPACE) k++;
  if (k === at || CHAR_CLASS[text.charCodeAt(k)] !== UPPER) return false;
  let e = k + 1;
  while (e < text.length && e - k <= 10 && isWordClass(CHAR_CLASS[text.charCodeAt(e)] ?? SPACE)) e++;
  // "the U.S. Under-Secretary": only a whole word opens a sentence.
  if (text.charCodeAt(e) === HYPHEN || text.charCodeAt(e) === PERIOD) return false;
  return SENTENCE_OPENERS.has(text.slice(k, e));
}

/**
 * "1." numbers a list item when a capitalised word follows and it starts a line, follows a
 * sentence end or follows a number of the previous item: "6-2. 1. Hever Golf Rose", "(Cuba) 12.92
 * 4. Brigita Bokovec" — but "he scored 2. Then" ends a sentence.
 */
function isListStart(text: string, start: number, end: number): boolean {
  if (classAt(text, end + 1) !== SPACE || classAt(text, end + 2) !== UPPER) return false;
  let k = start - 1;
  while (k >= 0 && CHAR_CLASS[text.charCodeAt(k)] === SPACE) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return true;
    k--;
  }
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  if (c === PERIOD) return !followsPrefix(text, k); // "on Oct. 16. The" is a date, not item 16
  return c === 0x21 || c === 0x3f || c === 0x3a || c === 0x29 || CHAR_CLASS[c] === DIGIT;
}

/** Whether the period at `dot` ends a name prefix such as "Oct." or "No.". */
function followsPrefix(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && dot - w <= 7 && isWordClass(CHAR_CLASS[text.charCodeAt(w - 1)] ?? SPACE)) w--;
  return hasAbbreviation(PREFIX_ABBREVIATIONS, text.slice(w, dot));
}

function kindOf(text: string, start: number, end: number, dots: boolean): TokenKind {
  if (CHAR_CLASS[text.charCodeAt(start)] === DIGIT || text.charCodeAt(start) === 0x2b ||
    text.charCodeAt(start) === PERIOD) return 'number';
  if (dots && isDomain(text, start, end)) return 'url';
  return 'word';
}

/** "reuters.com", "bbc.co.uk": a dotted name whose last part is two or more lowercase letters. */
function isDomain(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k > start && CHAR_CLASS[text.charCodeAt(k)] === LOWER) k--;
  return text.charCodeAt(k) === PERIOD && end - k > 2 && k - start >= 2;
}

/** Length of the run of `code` starting at `i`. */
function runLength(text: string, i: number, code: number): number {
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === code) j++;
  return j - i;
}

function scanOther(text: string, i: number, code: number, cls: number, tokens: Token[]): number {
  const next = classAt(text, i + 1);
  const prev = i > 0 ? classAt(text, i - 1) : SPACE;
  // "(+44", ".500" — but "5..6" is not a number.
  if ((code === 0x2b || code === PERIOD) && next === DIGIT && !isWordClass(prev) &&
    (code !== PERIOD || text.charCodeAt(i - 1) !== PERIOD)) {
    return scanWord(text, i, i + 1, tokens);
  }
  if ((code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) && prev !== SPACE) {
    const clitic = cliticLength(text, i + 1);
    if (clitic > 0) return push(tokens, i, i + 1 + clitic, 'word'); // "Corp.'s"
  }
  if ((code === 0x40 || code === 0x23) && isWordClass(next) && !isWordClass(prev)) {
    return scanWord(text, i, i + 1, tokens); // "@reuters", "#Brexit"
  }
  if (code === PERIOD || code === HYPHEN || code === 0x2a || code === 0x3d || code === 0x7e) {
    return push(tokens, i, i + runLength(text, i, code), cls === PUNCT ? 'punct' : 'symbol');
  }
  if (code === 0x21 || code === 0x3f) {
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
    return push(tokens, i, j, 'punct');
  }
  if (cls === SURROGATE) {
    const pair = code <= 0xdbff && classAt(text, i + 1) === SURROGATE && text.charCodeAt(i + 1) >= 0xdc00;
    return push(tokens, i, pair ? i + 2 : i + 1, 'symbol');
  }
  return push(tokens, i, i + 1, cls === PUNCT ? 'punct' : 'symbol');
}
