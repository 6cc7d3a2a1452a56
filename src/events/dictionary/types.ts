import type { ActorCode } from '../../kb/index.js';

/**
 * One slot of a verb pattern: alternatives, each a run of lower-case words that must follow one
 * another with no gap ("air strike"). A literal word is one alternative of one word; a synset
 * (`&WEAPON`) lists its phrases; PETRARCH's actor markers (`$`, `+`, `%`, `^`) never match here,
 * as in PETRARCH-2, so a pattern naming them can never be chosen.
 */
export type PatternSlot = readonly (readonly string[])[];

/**
 * One pattern of a verb block: `pre` slots read leftwards from the verb (nearest first), `post`
 * slots rightwards, each in order with gaps allowed (TABARI's sparse matching); `code` the CAMEO
 * event code it gives, `---` for "no event".
 */
export interface VerbPattern {
  readonly pre: readonly PatternSlot[];
  readonly post: readonly PatternSlot[];
  readonly code: string;
}

/**
 * One verb form ("met", "meets"): the block it belongs to and its own code when the dictionary
 * gives one. `before`/`after` are the words a multi-word verb needs right before or after the
 * verb word ("ask for", "wire tap"), lower case.
 */
export interface VerbForm {
  readonly block: number;
  readonly lemma: string;
  readonly code?: string;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
}

/** A verb block: its header name, default code (`---` when none) and patterns in file order. */
export interface VerbBlock {
  readonly name: string;
  readonly code: string;
  readonly patterns: readonly VerbPattern[];
}

/** A whole verb dictionary, ready for coding: forms by lower-case word, blocks by index. */
export interface VerbDictionary {
  readonly forms: Readonly<Record<string, readonly VerbForm[]>>;
  readonly blocks: readonly VerbBlock[];
}

/** One actor or agent phrase of a dictionary: lower-case words and what they code. */
export interface ActorPhrase {
  readonly words: readonly string[];
  readonly codes: readonly ActorCode[];
}

/**
 * An agent phrase ("foreign minister" → `GOVFRM`): `prefix` true when the dictionary writes the
 * code before the tilde (`NGO~`), so it goes before the actor's code instead of after it.
 */
export interface AgentPhrase {
  readonly words: readonly string[];
  readonly code: string;
  readonly prefix: boolean;
}

/** Discard phrases: a sentence (or, for `story`, the whole article) naming one is not coded. */
export interface Discards {
  readonly sentence: readonly (readonly string[])[];
  readonly story: readonly (readonly string[])[];
}

/** An issue keyword phrase and its issue code ("ELECTION" → `ELECTIONS`). */
export interface IssuePhrase {
  readonly words: readonly string[];
  readonly code: string;
}

/**
 * Everything the coder reads from a PETRARCH dictionary set. `actors` may be empty: the pipeline
 * takes actors from the `links` layer (the KB compiled from the same Phoenix files), and only a
 * named test set (`PETR.Validate.actors.txt`) brings its own.
 */
export interface EventDictionaries {
  readonly verbs: VerbDictionary;
  readonly actors: readonly ActorPhrase[];
  readonly agents: readonly AgentPhrase[];
  readonly discards: Discards;
  readonly issues: readonly IssuePhrase[];
}
