import type { Span } from '../../doc/index.js';

/**
 * A toponym found in the text, before resolution: its span, its token range, the lookup key
 * ({@link placeKey}), where it came from, and what the text already says about it.
 */
export interface Toponym extends Span {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly key: string;
  /** `loc`: tagged LOC; `name`: another entity type whose words name a well-known place; `demonym`; `dateline`. */
  readonly source: 'loc' | 'name' | 'demonym' | 'dateline';
  /** ISO alpha-3 a demonym points to, when the tagger or the linker knows it. */
  readonly country?: string;
  /** Id of the link the mention belongs to. */
  readonly link?: number;
}
