/** One token of a sentence as the coder sees it: lower-case word and Penn POS tag. */
export interface CoderToken {
  readonly lower: string;
  readonly tag: string;
}

/**
 * An actor mention: token range `[start, end)` within the sentence, its CAMEO actor code at the
 * article's date, and the link (entity) it belongs to when the pipeline found it.
 */
export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly link?: number;
}

/** A base phrase of the sentence, token range `[start, end)` within it (from the `chunks` layer). */
export interface CoderChunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** What the coder reads: the sentence's tokens, its actors sorted by start, and its chunks when known. */
export interface CoderSentence {
  readonly tokens: readonly CoderToken[];
  readonly actors: readonly ActorMention[];
  readonly chunks?: readonly CoderChunk[];
}

/** Switches PETRARCH records set with `<Config>` that the coder honours. */
export interface CoderOptions {
  /** An event needs a source and a target (PETRARCH's `require_dyad`, default true). */
  readonly requireDyad: boolean;
}

/**
 * One coded event, token ranges within the sentence. `action` runs from the first word of the
 * verb group to the last word the chosen pattern matched. A missing target (only when
 * `requireDyad` is off) is coded `---`.
 */
export interface CodedEvent {
  readonly source: ActorMention;
  readonly target?: ActorMention;
  readonly code: string;
  readonly action: { readonly start: number; readonly end: number };
  readonly negated: boolean;
  readonly hypothetical: boolean;
  /** The verb the code came from, lower case ("meet"), and the governing verb when one combined ("agree"). */
  readonly verb: string;
  readonly governor?: string;
}
