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

/**
 * One token's part-of-speech tag (Penn Treebank: `NNP`, `VBZ`, `IN`…): item `i` belongs to token `i`
 * and has its span, so the layer is as long as the tokens layer.
 */
export interface PosTag extends Span {
  readonly tag: string;
}

/** Base-phrase types of the CoNLL-2000 chunks in CoNLL-2003: noun, verb, prepositional phrase… */
export type ChunkType = 'NP' | 'VP' | 'PP' | 'ADVP' | 'ADJP' | 'SBAR' | 'PRT' | 'CONJP' | 'INTJ' | 'LST' | 'UCP';

/**
 * One base phrase ("the White House readout", "has not spoken", "with"): a span of `doc.text` from
 * its first token to its last; `tokenStart`/`tokenEnd` index the tokens layer, half-open. Chunks do
 * not nest and do not cross sentences; tokens outside every chunk (punctuation) belong to none.
 */
export interface Chunk extends Span {
  readonly type: ChunkType;
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

/**
 * How a mention names its entity: `name` ("Vladimir Putin", "Putin", "Program on New Approaches
 * to Research and Security"), `acronym` defined in the text ("PONARS"), `title` before a name
 * ("German Chancellor"), `demonym` standing for its country ("Russian hacking"), `capital`
 * standing for its government ("Moscow must keep talking"), `group` for a demonym or country with
 * a role noun ("Russian military personnel", "a court in Guyana"), `description` ("the
 * president") and `pronoun` ("he"), the last two resolved to the most salient compatible entity.
 */
export type MentionKind = 'name' | 'acronym' | 'title' | 'demonym' | 'capital' | 'group' | 'description' | 'pronoun';

/**
 * One piece of evidence for a link: a span of `doc.text` and how it names the entity. `entity`
 * is the index in the entities layer when the span is an entity mention; spans the linker found
 * itself (titles, descriptions, pronouns, an acronym's long form) have none.
 */
export interface LinkMention extends Span {
  readonly kind: MentionKind;
  readonly entity?: number;
}

/** What a linked entity is, as the knowledge base kinds it. */
export type LinkKind = 'person' | 'organization' | 'country' | 'place' | 'group';

/**
 * A text cue that an entity is a person: a `title` right before its name ("President Krantz"),
 * an `honorific` ("Mr. Krantz"), a `description` resolved to it ("the president"), a `pronoun`
 * resolved to it ("he"), or a relative `who` right after its name ("Hale, who is…").
 */
export type PersonCue = 'title' | 'honorific' | 'description' | 'pronoun' | 'who';

/**
 * Why a link is a person although the tagger typed its name ORG, LOC or MISC: the first such cue
 * in text order, its span being the cue's words ("president" of "the president", "he", "who").
 */
export interface KindEvidence extends Span {
  readonly cue: PersonCue;
}

/**
 * One entity of the article: every mention of it, in text order, and what it was linked to.
 * The span is that of the first mention, so the layer is sorted like every other; `id` is the
 * link's index in the layer, the cluster id other layers (quotes, events) refer to.
 *
 * `kbId` is set only when the knowledge base supports the link (a unique compatible entry).
 * `code` is the CAMEO actor code at the article's date (`doc.meta.published`): from the KB entry's
 * date-bounded codes ("Putin" in 2017 → RUSGOV), or built from the text's evidence, a country and
 * a role noun ("Russian military personnel" → RUSMIL); `codeBasis` says which (`dated`,
 * `default`, `latest` when the article has no date, `text`).
 */
export interface Link extends Span {
  readonly id: number;
  readonly kind: LinkKind;
  readonly mentions: readonly LinkMention[];
  readonly kbId?: string;
  /** ISO 3166 alpha-3 country the entity belongs to ("RUS"), from the KB or the text. */
  readonly country?: string;
  readonly code?: string;
  readonly codeBasis?: 'dated' | 'default' | 'latest' | 'text';
  /** Set only when the text overrode the tagger's type of an unlinked name; see {@link KindEvidence}. */
  readonly kindEvidence?: KindEvidence;
}

/** `direct`: the content is inside quote marks; `indirect`: reported speech with none; `mixed`: reported speech quoting part of it. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * One quotation or attribution: what was said (`content`, one fragment per quoted stretch, quote
 * marks included, so a quote broken by its attribution or running over several paragraphs has
 * several), the words that report it (`cue`: "said", "told reporters", "according to"), who said it
 * (`speaker`, a span of the text, and `speakerLink`, the id of its link when the linker resolved
 * it: "he" and "the president" included), and to whom when the text names it (`addressee`). The
 * span runs from the first content fragment's start to the last one's end.
 */
export interface Quote extends Span {
  readonly kind: QuoteKind;
  readonly content: readonly Span[];
  readonly cue?: Span;
  readonly speaker?: Span;
  readonly speakerLink?: number;
  readonly addressee?: Span;
  readonly addresseeLink?: number;
}

/** The four TIMEX3 types: a calendar date or period, a clock time, a length of time, a recurrence. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * What a time expression's value was computed from: `absolute` needs nothing ("May 3, 2017",
 * "three years", "now" as PRESENT_REF); `publication`, the article's date ("on Monday", "last
 * year"); `text`, a date the article named before it ("earlier that day"); `unresolved`, a relative
 * expression whose article has no publication date (its value has X's, `XXXX-WXX-1`, or is absent).
 */
export type DateBasis = 'absolute' | 'publication' | 'text' | 'unresolved';

/**
 * One time expression ("on Monday" → the span "Monday"): its TIMEX3 type and value (`2017-05-01`,
 * `2017-04`, `2017-W18`, `2017-Q1`, `199` for the 1990s, `P3D`, `PT2H`, `PRESENT_REF`,
 * `XXXX-WXX-1`), normalised against `doc.meta.published`, and its TIMEX3 `mod` (`START`, `END`,
 * `APPROX`, `MORE_THAN`…) when the words qualify it ("early April", "more than a year").
 */
export interface TimeExpression extends Span {
  readonly type: TimexType;
  readonly value?: string;
  readonly mod?: string;
  readonly basis: DateBasis;
}

/** One side of an event: the actor's evidence span, its CAMEO actor code and its link when the linker found it. */
export interface EventActor extends Span {
  readonly code: string;
  readonly link?: number;
}

/**
 * One coded event, who did what to whom: the span is the action's evidence (the verb group to
 * the last word its CAMEO pattern used: "authorized an airstrike"). `code` is the CAMEO event
 * code with its `base` and `root`, GDELT's `quadClass` and `goldstein` and the PLOVER reading when
 * the codebook has them (absent for codes only a test dictionary knows). `sentence` indexes the
 * sentences layer; `lead` is true in the article's first sentence. `date` is the article's
 * publication date; `clauseDate` the value of the time expression in the event's sentence (dates
 * layer) and `place` where it happened (places layer: GDELT's ActionGeo, see {@link EventPlace}).
 * `negated` ("did not attack") and `hypothetical` ("may attack", "if they attack", "threatened
 * to" for the governed action) events are kept, flagged, never shown as plain events; `quoted`
 * events sit inside quote `quote` and are the claim of its speaker, `speakerLink`.
 */
export interface Event extends Span {
  readonly source: EventActor;
  readonly target: EventActor;
  readonly code: string;
  readonly base: string;
  readonly root: string;
  readonly quadClass?: 1 | 2 | 3 | 4;
  readonly goldstein?: number;
  readonly plover?: { readonly type: string; readonly mode?: string; readonly context?: readonly string[] };
  /** The dictionary verb the code came from ("meet") and the verb governing it ("agree"). */
  readonly verb: string;
  readonly governor?: string;
  readonly sentence: number;
  readonly lead: boolean;
  readonly date?: string;
  readonly clauseDate?: string;
  readonly place?: EventPlace;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly quoted: boolean;
  readonly quote?: number;
  readonly speakerLink?: number;
}

/**
 * Where an event happened, as GDELT's ActionGeo: the most precise literal place named in its
 * sentence (`clause`), else for a use of force the country of a demonym in its target ("a Syrian
 * airbase": `target`), else the article's dateline place (`dateline`), else its most named place
 * (`main`). `mention` is the place's span in the text, the evidence.
 */
export interface EventPlace {
  readonly name: string;
  readonly gazId: string;
  readonly placeClass: PlaceClass;
  readonly lat: number;
  readonly lon: number;
  readonly country?: string;
  readonly basis: 'clause' | 'target' | 'dateline' | 'main';
  readonly mention: Span;
}

/**
 * What kind of place a toponym names, as the places gazetteer classes it: `water` covers seas,
 * gulfs and oceans; `region` named areas with no government ("Middle East", "Balkans"); `admin2`
 * a second-level division (a US county).
 */
export type PlaceClass = 'continent' | 'region' | 'water' | 'country' | 'admin1' | 'admin2' | 'city';

/**
 * How a toponym is used: `literal`, a location ("talks in Geneva"); `metonymic`, standing for
 * the people or government there ("Washington said", "Moscow must keep talking"), so an event
 * takes it as an actor, not as where it happened; `demonym`, a nationality or adjective pointing
 * to its country ("Syrian airbase").
 */
export type PlaceUse = 'literal' | 'metonymic' | 'demonym';

/**
 * One toponym mention resolved to a gazetteer entry (`gazId`, its `name`, class, WGS84 `lat`/`lon`
 * in degrees and ISO alpha-3 `country`); an unresolvable toponym has none of these and gets a
 * `places/unknown` diagnostic. `dateline` marks the place of a dateline ("VIENNA (Reuters) -"),
 * always literal. `link` is the id of the links-layer entity the mention belongs to, when any.
 */
export interface Place extends Span {
  readonly use: PlaceUse;
  readonly dateline?: boolean;
  readonly gazId?: string;
  readonly name?: string;
  readonly placeClass?: PlaceClass;
  readonly lat?: number;
  readonly lon?: number;
  readonly country?: string;
  readonly link?: number;
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
  /** Part-of-speech tags, one per token; see {@link PosTag}. */
  readonly pos: readonly PosTag[];
  /** Base phrases (chunks); see {@link Chunk}. */
  readonly chunks: readonly Chunk[];
  /** Entities of the article with their mentions, KB entry and actor code; see {@link Link}. */
  readonly links: readonly Link[];
  /** Quotations and reported speech with their speakers; see {@link Quote}. */
  readonly quotes: readonly Quote[];
  /** Time expressions normalised to TIMEX3 values; see {@link TimeExpression}. */
  readonly dates: readonly TimeExpression[];
  /** Coded events, who did what to whom; see {@link Event}. */
  readonly events: readonly Event[];
  /** Toponyms resolved to coordinates, literal or metonymic; see {@link Place}. */
  readonly places: readonly Place[];
}

/** The name of a layer. */
export type LayerName = keyof Layers;

/** The names of all layers, in pipeline order. */
export const LAYER_NAMES: readonly LayerName[] = ['paragraphs', 'tokens', 'sentences', 'pos', 'chunks', 'entities', 'links', 'quotes', 'dates', 'places', 'events'];
