import type { Span } from '../../doc/index.js';
import { BETWEEN_SUBJECT_AND_VERB, NOT_IN_SPEAKER } from './cues.js';
import { mentionIn, type QuoteContext } from './context.js';

/** A speaker or addressee: its words and, when the linker resolved them, its link id. */
export interface Party extends Span {
  readonly link?: number;
}

/** Longest speaker phrase, in tokens: "the White House readout of the call" is 7. */
const MAX_PHRASE = 7;

/** Words before a cue's form that make it a noun: "such reports", "news reports", "his claims". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'such', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'news', 'media', 'some', 'many', 'several', 'recent', 'earlier', 'previous', 'new', 'conflicting', 'unconfirmed', 'false', 'initial', 'press', 'of']);

const WORDISH = /^[\p{L}\p{N}]/u;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const STOP_RIGHT = new Set([...NOT_IN_SPEAKER, 'during', 'after', 'before', 'about', 'over', 'of', 'last', 'this', 'on', 'late', 'early']);

function isWord(ctx: QuoteContext, i: number): boolean {
  return WORDISH.test(ctx.lower[i] ?? '') || POSSESSIVE.has(ctx.lower[i] ?? '');
}

/** The party over tokens `[from, to]` (inclusive), widened to a link mention holding its last word. */
export function party(ctx: QuoteContext, from: number, to: number): Party {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to]!.end;
  const m = mentionIn(ctx, start, end);
  if (!m) return { start, end };
  return { start: Math.min(start, m.start), end: Math.max(end, m.end), link: m.link };
}

/**
 * The subject left of a cue at token `cue`, not before token `limit`: adverbs and auxiliaries
 * are skipped ("Trump also said", "she has repeatedly warned"), a parenthesis between commas is
 * passed over ("The Kremlin, meanwhile, said", "Hale, who is co-director of…, noted"), and
 * "X and Y" stays whole.
 */
export function speakerLeft(ctx: QuoteContext, cue: number, limit: number): Party | undefined {
  let i = cue - 1;
  for (let guard = 0; i >= limit && guard < 40; guard++) {
    const w = ctx.lower[i]!;
    if (BETWEEN_SUBJECT_AND_VERB.has(w) || (w.endsWith('ly') && w.length > 4 && !/^[A-Z]/.test(ctx.text[ctx.tokens[i]!.start]!))) {
      i -= 1;
    } else if (w === ')') {
      // "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the name.
      let j = i - 1;
      while (j >= limit && ctx.lower[j] !== '(' && i - j < 12) j -= 1;
      if (j < limit || ctx.lower[j] !== '(') return undefined;
      i = j - 1;
      break;
    } else if (w === ',' || w === '—' || w === '–') {
      let j = i - 1;
      while (j >= limit && ctx.lower[j] !== w && ctx.stretchOf[j] === -1 && i - j < 40) j -= 1;
      if (j < limit || ctx.lower[j] !== w) {
        // One comma only: "Clinton, said" is rare; an adverb before it is skipped above.
        return undefined;
      }
      i = j - 1;
    } else {
      break;
    }
  }
  if (i < limit || !isWord(ctx, i) || NOT_IN_SPEAKER.has(ctx.lower[i]!)) return undefined;
  // "called such reports", "the claims": a determiner right before the verb makes it a noun.
  if (i === cue - 1 && NOUN_MARKERS.has(ctx.lower[i]!)) return undefined;
  if (ctx.stretchOf[i] !== -1) return undefined;
  let from = i;
  while (from - 1 >= limit && i - from < MAX_PHRASE - 1 && isWord(ctx, from - 1) && !NOT_IN_SPEAKER.has(ctx.lower[from - 1]!) && ctx.stretchOf[from - 1] === -1) {
    from -= 1;
  }
  // "Trump and Putin agreed": a coordinated subject of two names stays whole.
  if (from - 2 >= limit && ctx.lower[from - 1] === 'and' && mentionIn(ctx, ctx.tokens[from - 2]!.start, ctx.tokens[from - 2]!.end)) {
    const first = party(ctx, from - 2, from - 2);
    const last = party(ctx, from, i);
    return { ...last, start: Math.min(first.start, last.start) };
  }
  return party(ctx, from, i);
}

/**
 * The phrase right of token `at`, up to token `limit` (exclusive): the speaker of an inverted
 * attribution ("said Putin", "according to the Kremlin") or a verb's addressee ("told Germany's
 * foreign minister during…"). Stops at punctuation, a preposition or a conjunction.
 */
export function phraseRight(ctx: QuoteContext, at: number, limit: number): Party | undefined {
  let to = at;
  if (to >= limit || !isWord(ctx, to) || STOP_RIGHT.has(ctx.lower[to]!) || ctx.stretchOf[to] !== -1) return undefined;
  while (to + 1 < limit && to + 1 - at < MAX_PHRASE && isWord(ctx, to + 1) && !STOP_RIGHT.has(ctx.lower[to + 1]!) && ctx.stretchOf[to + 1] === -1) to += 1;
  const found = party(ctx, at, to);
  // "said Rep. John Mica (R-Fla.)": a short parenthesis after a name belongs to it.
  if (ctx.lower[to + 1] === '(') {
    for (let j = to + 2; j < Math.min(limit, to + 8); j++) if (ctx.lower[j] === ')') return { ...found, end: ctx.tokens[j]!.end };
  }
  return found;
}

const LEADING_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'for', 'with', 'to', 'by', 'of', 'about', 'after', 'before', 'during', 'since', 'like', 'unlike', 'against', 'into', 'than']);

/**
 * The subject of the clause a participle or infinitive cue hangs on ("Trump unleashed a series of
 * tweets early Friday saying…", "Trump took to Twitter to accuse…"): the first pronoun or linked
 * mention of the sentence before the cue that no preposition governs ("In Chicago, Trump…").
 */
export function clauseSubject(ctx: QuoteContext, limit: number, cue: number): Party | undefined {
  for (let i = limit; i < cue; i++) {
    if (ctx.stretchOf[i] !== -1) continue;
    const w = ctx.lower[i]!;
    const governed = LEADING_PREPOSITIONS.has(ctx.lower[i - 1] ?? '') || LEADING_PREPOSITIONS.has(ctx.lower[i - 2] ?? '') && /^(the|a|an)$/.test(ctx.lower[i - 1] ?? '');
    if (governed) continue;
    if (w === 'he' || w === 'she' || w === 'they' || w === 'we' || w === 'i') return party(ctx, i, i);
    const m = mentionIn(ctx, ctx.tokens[i]!.start, ctx.tokens[i]!.end);
    if (m && m.start >= ctx.tokens[i]!.start) return { start: m.start, end: m.end, link: m.link };
  }
  return undefined;
}
