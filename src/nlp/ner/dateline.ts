import type { Sentence, Token } from '../../doc/index.js';

/** Token range `[start, end)` of the tokens layer. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);
/** Words a dateline place may not contain: "On Monday (local time) - …" is prose, not a dateline. */
const MAX_PLACE_TOKENS = 10;
const MAX_AGENCY_TOKENS = 5;

function isNameWord(word: string): boolean {
  const first = word.codePointAt(0) ?? 0;
  return String.fromCodePoint(first) !== String.fromCodePoint(first).toLowerCase();
}

/**
 * Finds the news agency of each dateline: a sentence that opens with a place (capitalised words,
 * numbers and commas only: "MOSCOW", "PARIS, Texas, 9 April 2025"), then the agency in brackets,
 * then a dash — "GENEVA (Reuters) -", "LAGOS (Newsgraph Wire) —". The bracketed words name an
 * organization whatever a tagger trained on text without datelines makes of them.
 *
 * @example
 * datelineAgencies(text, tokens, sentences) // [{start: 2, end: 4}] for "GENEVA ( Newsgraph Wire ) -"
 */
export function datelineAgencies(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): TokenRange[] {
  const out: TokenRange[] = [];
  const word = (i: number): string => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : '';
  };
  for (const sentence of sentences) {
    let i = sentence.tokenStart;
    const placeEnd = Math.min(sentence.tokenEnd, i + MAX_PLACE_TOKENS);
    while (i < placeEnd && word(i) !== '(') {
      const kind = tokens[i]?.kind;
      const w = word(i);
      if (!(kind === 'number' || w === ',' || w === '.' || (kind === 'word' && isNameWord(w)))) break;
      i += 1;
    }
    if (i === sentence.tokenStart || word(i) !== '(') continue;
    const open = i;
    let close = open + 1;
    while (close < sentence.tokenEnd && close - open <= MAX_AGENCY_TOKENS && word(close) !== ')') close += 1;
    if (word(close) !== ')' || close === open + 1 || !DASHES.has(word(close + 1))) continue;
    let names = true;
    for (let k = open + 1; k < close; k++) names &&= tokens[k]?.kind === 'word' && (isNameWord(word(k)) || word(k) === '&');
    if (names) out.push({ start: open + 1, end: close });
  }
  return out;
}
