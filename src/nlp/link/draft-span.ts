import type { LinkContext } from './context.js';

/** The span, token range and sentence of tokens `[tokenStart, tokenEnd)`, the fields every draft has. */
export function span(ctx: LinkContext, tokenStart: number, tokenEnd: number): { start: number; end: number; tokenStart: number; tokenEnd: number; sentence: number } {
  return {
    start: ctx.tokens[tokenStart]!.start,
    end: ctx.tokens[tokenEnd - 1]!.end,
    tokenStart,
    tokenEnd,
    sentence: ctx.sentenceOf[tokenStart] ?? 0,
  };
}

/** The key of a name: normalized, without a leading "the" ("the Kremlin" → "kremlin"). */
export function nameKey(ctx: LinkContext, tokenStart: number, tokenEnd: number): string {
  const start = ctx.words[tokenStart] === 'the' ? tokenStart + 1 : tokenStart;
  return ctx.words.slice(start, tokenEnd).filter((w) => w !== '').join(' ');
}

/**
 * True when a name starts at token `i`, in the same sentence: an entity other than a place (the
 * tagger's types vary for people). A capitalized word alone is not enough: "Ukrainian lawmakers
 * Tuesday endorsed…".
 */
export function nameStarts(ctx: LinkContext, i: number): boolean {
  const entity = ctx.entities[ctx.entityAt[i] ?? -1];
  return entity !== undefined && entity.type !== 'LOC' && ctx.sentenceOf[i] === ctx.sentenceOf[i - 1];
}

/** Whether token `i` is an apostrophe-s ("Germany's"). */
export function possessiveAt(ctx: LinkContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && /^['’]s$/.test(ctx.text.slice(t.start, t.end));
}
