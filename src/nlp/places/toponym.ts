import type { Span } from '../../doc/index.js';

/**
 * A toponym found in the text, before resolution: its span, its token range, the lookup key
 * ({@link placeKey}), where it came from, and what the text already says about it.
 */
export interface Toponym extends Span {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly key: string;
  /**
   * `loc`: tagged LOC; `name`: another entity type whose words name a well-known place; `demonym`;
   * `dateline`; `local`: a town's name the tagger typed ORG or MISC, alone or opening the name
   * ("Gainesville", "Gainesville Public Utilities"), kept only when a town of that name lies near
   * the article's other places.
   */
  readonly source: 'loc' | 'name' | 'demonym' | 'dateline' | 'local';
  /** ISO alpha-3 a demonym points to, when the tagger or the linker knows it. */
  readonly country?: string;
  /** Id of the link the mention belongs to. */
  readonly link?: number;
}
