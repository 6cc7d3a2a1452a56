import type { ActorCode } from '../../kb/index.js';

/**
 * One word slot of a verb pattern: alternatives, each a run of lower-case words that must follow
 * one another with no gap ("air strike"). A literal word is one alternative of one word; a synset
 * (`&WEAPON`) lists its phrases.
 */
export type WordSlot = readonly (readonly string[])[];

/**
 * PETRARCH's actor markers as pattern slots: `$` the source, `+` the target, `%` a compound actor
 * whose members take the side the slot is on (the subject side before the verb, the object side
 * after it; with nothing on the other side, each member acts on the others), and `^` a noun
 * phrase passed over ("FEAST AT ^ WITH +": the place, then the target).
 */
export interface MarkerSlot {
  readonly marker: 'source' | 'target' | 'compound' | 'skip';
}

export type PatternSlot = WordSlot | MarkerSlot;

export const isMarker = (slot: PatternSlot): slot is MarkerSlot => 'marker' in slot;

/**
 * A CAMEO code as a dictionary writes it: `[042:043]` is 042 from source to target and 043 back
 * from target to source (a visit made is a visit hosted), `[:173]` only the way back; `---` (or an
 * empty side) is no event that way.
 */
export interface CodePair {
  readonly code: string;
  readonly reverse?: string;
}

/**
 * One pattern of a verb block: `pre` slots read leftwards from the verb (nearest first), `post`
 * slots rightwards, each in order with gaps allowed (TABARI's sparse matching); `code` (and
 * `reverse`) the CAMEO event codes it gives, `---` for "no event".
 */
export interface VerbPattern extends CodePair {
  readonly pre: readonly PatternSlot[];
  readonly post: readonly PatternSlot[];
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
  readonly reverse?: string;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
}

/** A verb block: its header name, default code (`---` when none) and patterns in file order. */
export interface VerbBlock extends CodePair {
  readonly name: string;
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
