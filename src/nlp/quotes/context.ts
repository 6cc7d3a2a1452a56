import type { Doc, Span, Token } from '../../doc/index.js';
import type { QuotedStretch } from './marks.js';

/** A mention some link holds, with the link's id. */
export interface HeldMention extends Span {
  readonly link: number;
}

/**
 * What the attribution rules look up on one article: tokens with their lowercase text, the
 * sentence of each token, which tokens lie inside quote marks, and every link mention.
 */
export interface QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** Sentence bounds of each token, as token indexes `[start, end)`. */
  readonly sentenceOf: readonly (readonly [number, number])[];
  /** For each token, the index of the quoted stretch it lies in, or -1. */
  readonly stretchOf: Int32Array;
  readonly mentions: readonly HeldMention[];
}

/** The index of the first token ending after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the lookups of {@link QuoteContext} for one Doc and its quoted stretches. */
export function quoteContext(doc: Doc, stretches: readonly QuotedStretch[]): QuoteContext {
  const tokens = doc.layers.tokens ?? [];
  const lower = tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase());
  const sentenceOf: (readonly [number, number])[] = new Array(tokens.length);
  for (const s of doc.layers.sentences ?? []) {
    const bounds = [s.tokenStart, s.tokenEnd] as const;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = bounds;
  }
  for (let i = 0; i < tokens.length; i++) sentenceOf[i] ??= [i, i + 1];
  const stretchOf = new Int32Array(tokens.length).fill(-1);
  stretches.forEach((stretch, index) => {
    for (const f of stretch.fragments) {
      for (let i = tokenAt(tokens, f.start); i < tokens.length && tokens[i]!.start < f.end; i++) stretchOf[i] = index;
    }
  });
  const mentions = (doc.layers.links ?? [])
    .flatMap((link) => link.mentions.map((m) => ({ start: m.start, end: m.end, link: link.id })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: doc.text, tokens, lower, sentenceOf, stretchOf, mentions };
}

/** The link mention covering `[start, end)` best: the one holding the last character, else any overlapping one. */
export function mentionIn(ctx: QuoteContext, start: number, end: number): HeldMention | undefined {
  let best: HeldMention | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= end) break;
    if (m.end <= start) continue;
    if (!best || (m.end >= end - 1 && best.end < end - 1) || (m.end > best.end && !(best.end >= end - 1))) best = m;
  }
  return best;
}
