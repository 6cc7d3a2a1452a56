import type { Doc, Entity, Sentence, Token } from '../../doc/index.js';
import { normalizeName, type Kb } from '../../kb/index.js';

/** What every step of linking reads: the article's layers, each token's normalized word, the KB. */
export interface LinkContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  /** Each token normalized as KB keys are ("U.S." → "us"; punctuation → ""). */
  readonly words: readonly string[];
  /** Index of the sentence each token is in. */
  readonly sentenceOf: Int32Array;
  /** Entity index starting at each token, -1 where none starts. */
  readonly entityAt: Int32Array;
  readonly kb: Kb;
  /** `YYYY-MM-DD` of the article (`meta.published`), when it has one. */
  readonly date?: string;
}

/** Builds the context once per article; the word and index arrays cost one pass over the tokens. */
export function linkContext(doc: Doc, kb: Kb): LinkContext {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const entities = doc.layers.entities ?? [];
  const words = tokens.map((t) => (t.kind === 'word' || t.kind === 'number' ? normalizeName(doc.text.slice(t.start, t.end)) : ''));
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, i) => sentenceOf.fill(i, s.tokenStart, s.tokenEnd));
  const entityAt = new Int32Array(tokens.length).fill(-1);
  entities.forEach((e, i) => {
    if (e.tokenStart < tokens.length) entityAt[e.tokenStart] = i;
  });
  const date = doc.meta.published && /^\d{4}-\d{2}-\d{2}/.test(doc.meta.published) ? doc.meta.published.slice(0, 10) : undefined;
  return { text: doc.text, tokens, sentences, entities, words, sentenceOf, entityAt, kb, ...(date ? { date } : {}) };
}

/** True when the token's text starts with a capital letter ("President", "Rex"). */
export function isCapitalized(ctx: LinkContext, token: number): boolean {
  const t = ctx.tokens[token];
  return t !== undefined && /^\p{Lu}/u.test(ctx.text.slice(t.start, t.start + 1));
}
