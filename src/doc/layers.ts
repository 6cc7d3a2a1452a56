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

/** The four CoNLL-2003 entity types: person, organization, location, miscellaneous (nationalities, events, works…). */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/**
 * One entity mention: a span of `doc.text` from the start of its first token to the end of its
 * last; `tokenStart`/`tokenEnd` index the tokens layer, half-open. A nationality or country
 * adjective ("Russian", "Syrian") is MISC and carries the `country` it points to, an ISO 3166
 * alpha-3 code from the gazetteer ("RUS").
 */
export interface Entity extends Span {
  readonly type: EntityType;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly country?: string;
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
  readonly entities: readonly Entity[];
}

/** The name of a layer. */
export type LayerName = keyof Layers;

/** The names of all layers, in pipeline order. */
export const LAYER_NAMES: readonly LayerName[] = ['paragraphs', 'tokens', 'sentences', 'entities'];
