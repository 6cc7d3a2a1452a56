import type { EntityType, KindEvidence, MentionKind } from '../../doc/index.js';

/**
 * A mention before clustering: its span, its tokens, what the text says about it. `key` is the
 * normalized name it is looked up and compared by ('' for descriptions and pronouns); `country`,
 * `agent` and `role` are evidence from a demonym, title or role noun ("German Chancellor" → DEU,
 * GOV, "chancellor").
 */
export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
  readonly kind: MentionKind;
  readonly key: string;
  readonly entity?: number;
  readonly type?: EntityType;
  readonly country?: string;
  readonly agent?: string;
  readonly role?: string;
  /** An organization's code a role noun is added to: "UN troops" → IGOUNO + MIL. */
  readonly codeBase?: string;
  /** For a title: the name draft it belongs to, by its token start. */
  readonly titleOf?: number;
  /** For a name the tagger did not type PER: the cue beside it that makes it a person ("Mr.", "who"). */
  readonly personCue?: KindEvidence;
}
