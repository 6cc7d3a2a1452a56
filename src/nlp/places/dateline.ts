import type { Paragraph, Token } from '../../doc/index.js';

const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);
const CAPS = /^\p{Lu}[\p{Lu}.'’-]*$/u;
const NAME = /^\p{Lu}/u;
/** Tokens a dateline's place and qualifier may take before its agency or dash. */
const MAX_TOKENS = 8;

/** Token ranges of a dateline: the place ("VIENNA") and, when present, its qualifier ("Texas"). */
export interface DatelinePlace {
  readonly place: { readonly start: number; readonly end: number };
  readonly qualifier?: { readonly start: number; readonly end: number };
}

/**
 * The dateline places of an article: a paragraph that opens with a place in capitals, optionally
 * a comma and a qualifier, then an agency in brackets or a dash — "VIENNA (Reuters) -",
 * "PARIS, Texas —". The place is where the reporter filed from, a location, never a government.
 */
export function datelinePlaces(text: string, tokens: readonly Token[], paragraphs: readonly Paragraph[]): DatelinePlace[] {
  const out: DatelinePlace[] = [];
  const word = (i: number): string => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : '';
  };
  let t = 0;
  for (const p of paragraphs) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < p.start) t += 1;
    let i = t;
    while (i < tokens.length && i - t < MAX_TOKENS && tokens[i]!.kind === 'word' && CAPS.test(word(i)) && /\p{Lu}{2}/u.test(word(i))) i += 1;
    if (i === t) continue;
    const place = { start: t, end: i };
    let qualifier: { start: number; end: number } | undefined;
    if (word(i) === ',') {
      let j = i + 1;
      while (j < tokens.length && j - t < MAX_TOKENS && tokens[j]!.kind === 'word' && NAME.test(word(j))) j += 1;
      if (j > i + 1) qualifier = { start: i + 1, end: j };
      i = j;
      // A date after the place ("LONDON, March 3 (Reuters) -") is no qualifier.
      while (i < tokens.length && i - t < MAX_TOKENS + 4 && word(i) !== '(' && !DASHES.has(word(i))) i += 1;
    }
    if (word(i) === '(' || DASHES.has(word(i))) out.push(qualifier ? { place, qualifier } : { place });
  }
  return out;
}
