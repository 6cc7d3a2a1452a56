import type { Span } from './span.js';

/** What a token is, decided by the tokenizer from its characters. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email';

/** One token: a span of `doc.text` plus its kind. */
export interface Token extends Span {
  readonly kind: TokenKind;
}

/** One sentence; `tokenStart`/`tokenEnd` index the tokens layer, half-open. */
export interface Sentence extends Span {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** One paragraph of the cleaned text (a blank line or a source block boundary separates them). */
export type Paragraph = Span;

/**
 * Every layer a stage can assign, in one closed interface so the whole shape of an analysed article
 * is visible here. Each layer is kept sorted by `start` (then `end`).
 */
export interface Layers {
  readonly paragraphs: readonly Paragraph[];
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** The name of a layer. */
export type LayerName = keyof Layers;

/** The names of all layers, in pipeline order. */
export const LAYER_NAMES: readonly LayerName[] = ['paragraphs', 'tokens', 'sentences'];
