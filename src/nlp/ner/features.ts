import { bucket, mixInt, mixString, seed } from './hash.js';
import { GAZETTEER_TYPES, markGazetteer, type Gazetteer } from './gazetteer.js';
import { isAllCaps, isCapitalized, longShape, shortShape } from './shape.js';

/**
 * Feature groups a model can be trained with; each can be left out to measure what it adds
 * (the ablation in docs/architecture.md).
 */
export type FeatureGroup = 'affix' | 'window' | 'gazetteer' | 'clusters' | 'document' | 'pos' | 'names';

/** Every group, the default for the entity model. */
export const ALL_GROUPS: readonly FeatureGroup[] = ['affix', 'window', 'gazetteer', 'clusters', 'document', 'names', 'pos'];

/** Token features that tag-bigram features join with the previous tag: the lower-cased word, its short shape. */
export type EdgeKind = 'lower' | 'shape';

export const EDGE_KINDS: readonly EdgeKind[] = ['lower', 'shape'];

/** Which features a model uses and how many hash buckets (`2^bits`) they share. */
export interface FeatureConfig {
  readonly bits: number;
  readonly groups: readonly FeatureGroup[];
  /**
   * Tag-bigram features ({@link SentenceFeatures.edges}): the previous tag joined with each of
   * these token features. Absent (none) in models trained before they existed, and in the POS
   * and chunk models.
   */
  readonly edges?: readonly EdgeKind[];
}

/** Word clusters: cluster strings for a word (Brown prefixes, k-means id…), none when unknown. */
export interface Clusters {
  readonly features: (token: string) => readonly string[];
}

/** Resources the extractor may use; a missing one just removes its features. */
export interface FeatureResources {
  readonly gazetteer?: Gazetteer;
  readonly clusters?: Clusters;
}

/** One sentence to tag: word forms and, for the chunker, their part-of-speech tags. */
export interface SentenceInput {
  readonly words: readonly string[];
  readonly pos?: readonly string[];
}

/**
 * What the whole document says about a word, for case-ambiguous positions: in the headline
 * "EU REJECTS GERMAN CALL" the body's "German" tells that GERMAN is a name, and a sentence-initial
 * "Brussels" that never appears lower-cased is a name while "The" appears as "the".
 */
export interface DocumentContext {
  /** Lower-cased word → a form seen capitalized, not all-caps, not sentence-initial. */
  readonly midForms: ReadonlyMap<string, string>;
  /** Lower-cased words seen written in lower case. */
  readonly lowerSeen: ReadonlySet<string>;
}

/** Feature slots per token; the last {@link DYNAMIC_SLOTS} are rewritten while a document is tagged. */
export const WIDTH = 72;

/** Slots at the end of each row for features that depend on earlier predictions (history, coordination). */
export const DYNAMIC_SLOTS = 2;

/** Hashed features of one sentence: row `i` is `feats[i*WIDTH, (i+1)*WIDTH)`, ended by -1. */
export interface SentenceFeatures {
  readonly length: number;
  readonly feats: Int32Array;
  /**
   * With `config.edges`: one unmasked hash per token and edge kind, row `i` at
   * `edges[i * kinds, (i + 1) * kinds)`, each joined with the previous token's tag when scored
   * (`src/nlp/ner/edges.ts`).
   */
  readonly edges?: Int32Array;
  /**
   * Tagging only: scores (`n × T`) already summed for the features the rows leave out
   * (`sentenceFeatures(…, { wordCached: true })`, `src/nlp/ner/word-cache.ts`); scoring starts from them.
   */
  readonly base?: Float32Array;
}

/** Builds the {@link DocumentContext} of a document's sentences. */
export function documentContext(sentences: readonly SentenceInput[]): DocumentContext {
  const midForms = new Map<string, string>();
  const lowerSeen = new Set<string>();
  for (const { words } of sentences) {
    const headline = words.every((w) => !/[a-z]/.test(w));
    words.forEach((w, i) => {
      const lower = w.toLowerCase();
      if (w === lower) lowerSeen.add(lower);
      else if (i > 0 && !headline && !isAllCaps(w) && !midForms.has(lower)) midForms.set(lower, w);
    });
  }
  return { midForms, lowerSeen };
}

/** Template numbers: one per feature kind, so equal strings in different roles hash apart. */
const enum T {
  Bias, Lower, Form, Shape, Short, Prefix, Suffix, Flags, WinLower, WinShort, Bigram, ShapeBigram,
  Gaz, GazWin, Cluster, ClusterWin, MidForm, MidShape, LowerSeen, Pos, PosWin, PosBigram, History, Length,
  // Appended after Length so that the seeds of the templates above (and the POS and chunk models
  // trained with them) stay as they were.
  Title, FirstName, Surname, PrevFirst,
  Coord,
  EdgeLower, EdgeShape,
  ListedGiven, ListedFamily, PrevListedGiven,
}

const EMPTY = '';

/** The seed of each template, computed once. */
const SEEDS: readonly number[] = Array.from({ length: T.PrevListedGiven + 1 }, (_, t) => seed(t));

/**
 * Words that introduce a person's name in news text: "President Trump", "Gen. Votel",
 * "Secretary of State Rex Tillerson" (the title cue fires one and two words after the title).
 */
const TITLES: ReadonlySet<string> = new Set(
  ('president chancellor secretary minister premier senator sen. governor gov. representative rep. mr. mrs. ms. dr. ' +
    'prof. professor gen. general col. colonel lt. lieutenant capt. captain sgt. admiral adm. judge justice king queen ' +
    'prince princess pope ayatollah sheikh mayor ambassador envoy spokesman spokeswoman chairman chairwoman ' +
    'director commander coach striker midfielder defender goalkeeper rev. father sir lord lady baroness vice-president ' +
    'leader candidate adviser advisor aide mr mrs ms dr').split(' '),
);

/** Hash of a word outside the sentence, before (`<s>`) or after (`</s>`) it. */
const BEFORE = mixString(0, '<s>');
const AFTER = mixString(0, '</s>');
/** Hash standing for a word whose form training hides (word dropout). */
const UNKNOWN_WORD = mixString(0, EMPTY);

/** Receives one feature hash. */
export type Emit = (h: number) => void;

/** The features of a word's own form that come before the flags: bias, word, form, shapes. */
function formHead(emit: Emit, w: string, lowerHash: number, shapeHash: number, dropped: boolean): void {
  emit(SEEDS[T.Bias] as number);
  if (!dropped) {
    emit(mixInt(SEEDS[T.Lower] as number, lowerHash));
    emit(mixString(SEEDS[T.Form] as number, w));
  }
  emit(mixString(SEEDS[T.Shape] as number, longShape(w)));
  emit(mixInt(SEEDS[T.Short] as number, shapeHash));
}

/** The features of a word's own form after the flags: its length and, with `affix`, prefixes and suffixes. */
function formTail(emit: Emit, w: string, affix: boolean, dropped: boolean): void {
  emit(mixInt(SEEDS[T.Length] as number, Math.min(w.length, 10)));
  if (!affix || dropped) return;
  // Prefix and suffix hashes grow one character at a time instead of slicing four strings each.
  let p = SEEDS[T.Prefix] as number;
  let q = SEEDS[T.Suffix] as number;
  for (let a = 0; a < 4 && a < w.length; a++) {
    p = Math.imul(p ^ w.charCodeAt(a), 0x01000193);
    q = Math.imul(q ^ w.charCodeAt(w.length - 1 - a), 0x01000193);
    emit(p);
    emit(q);
  }
}

/** A word's entries in the name lists derived from the gazetteer's person phrases, with its case. */
function nameWords(emit: Emit, l: string, cap: boolean, gazetteer: Gazetteer): void {
  if (gazetteer.firstNames?.has(l)) emit(mixInt(SEEDS[T.FirstName] as number, cap ? 1 : 0));
  if (gazetteer.surnames?.has(l)) emit(mixInt(SEEDS[T.Surname] as number, cap ? 1 : 0));
}

/** A word's entries in the npm given and family name lists (the `names` group), with its case. */
function listedNames(emit: Emit, l: string, cap: boolean, gazetteer: Gazetteer): void {
  if (gazetteer.listedGiven?.has(l)) emit(mixInt(SEEDS[T.ListedGiven] as number, cap ? 1 : 0));
  if (gazetteer.listedFamily?.has(l)) emit(mixInt(SEEDS[T.ListedFamily] as number, cap ? 1 : 0));
}

/** The window features of the word (or padding) at offset `d` from the token: `d` = −1 is the word before. */
function windowWord(emit: Emit, d: number, lowerHash: number, shapeHash: number): void {
  emit(mixInt(mixInt(SEEDS[T.WinLower] as number, d), lowerHash));
  emit(mixInt(mixInt(SEEDS[T.WinShort] as number, d), shapeHash));
}

/** The cluster features of a word at offset `d` (−1, 0 or 1) from the token. */
function clusterWord(emit: Emit, d: number, clusters: readonly string[]): void {
  for (const c of clusters) emit(mixString(mixInt(SEEDS[d === 0 ? T.Cluster : T.ClusterWin] as number, d), c));
}

/**
 * The features a word has wherever it stands, for the entity scorer that sums them once per
 * word form (`src/nlp/ner/word-cache.ts`): `own` gets the token's own-form features, `near(w, d)`
 * those the word gives a token when it stands at offset `d` from it (d = ±1, ±2: −1 is the word
 * before), and `padding(d)` those of the padding before or after the sentence at that offset. `sentenceFeatures(…, { wordCached: true })` leaves all of
 * these out of its rows.
 */
export interface WordFeatures {
  own(emit: Emit, w: string): void;
  near(emit: Emit, w: string, d: number): void;
  padding(emit: Emit, d: number): void;
}

/** {@link WordFeatures} of a model's config and resources (no word dropout: tagging only). */
export function wordFeatures(config: FeatureConfig, resources: FeatureResources): WordFeatures {
  const { groups } = config;
  const affix = groups.includes('affix');
  const window = groups.includes('window');
  const gazetteer = groups.includes('gazetteer') ? resources.gazetteer : undefined;
  const names = groups.includes('names') ? resources.gazetteer : undefined;
  const clusters = groups.includes('clusters') ? resources.clusters : undefined;
  return {
    own(emit, w) {
      const l = w.toLowerCase();
      const cap = isCapitalized(w);
      formHead(emit, w, mixString(0, l), mixString(0, shortShape(w)), false);
      formTail(emit, w, affix, false);
      if (gazetteer) nameWords(emit, l, cap, gazetteer);
      if (names) listedNames(emit, l, cap, names);
      if (clusters) clusterWord(emit, 0, clusters.features(w));
    },
    near(emit, w, d) {
      if (window) windowWord(emit, d, mixString(0, w.toLowerCase()), mixString(0, shortShape(w)));
      if (clusters && (d === -1 || d === 1)) clusterWord(emit, d, clusters.features(w));
    },
    padding(emit, d) {
      if (window) windowWord(emit, d, d < 0 ? BEFORE : AFTER, d < 0 ? BEFORE : AFTER);
    },
  };
}

/** Options of {@link sentenceFeatures}. */
export interface ExtractOptions {
  /** Word dropout (training only): whether token `i` loses its identity features. */
  readonly drop?: (i: number) => boolean;
  /** Leave out the {@link WordFeatures}: the caller adds their summed scores itself. */
  readonly wordCached?: boolean;
}

/**
 * Extracts the hashed features of one sentence (all but the history slots). Words outside the
 * sentence are padding (`<s>`, `</s>`). Each word's lower-cased form and shape are hashed once and
 * the window features combine those hashes, so a token costs a few dozen integer mixes.
 *
 * @example
 * const f = sentenceFeatures({ words: ['EU', 'rejects', 'German', 'call'] }, config, {}, context);
 * f.feats[0] // bucket of the bias feature of "EU"
 */
export function sentenceFeatures(
  sentence: SentenceInput,
  config: FeatureConfig,
  resources: FeatureResources,
  context: DocumentContext,
  options: ExtractOptions = {},
): SentenceFeatures {
  const { words, pos } = sentence;
  const { drop, wordCached = false } = options;
  const n = words.length;
  const mask = (1 << config.bits) - 1;
  const groups = config.groups;
  const affix = groups.includes('affix');
  const window = groups.includes('window');
  const document = groups.includes('document');
  const lower = words.map((w) => w.toLowerCase());
  const lowerH = lower.map((l) => mixString(0, l));
  const shapeH = words.map((w) => mixString(0, shortShape(w)));
  const posH = pos?.map((p) => mixString(0, p));
  const lowerAt = (j: number): number => (j < 0 ? BEFORE : j >= n ? AFTER : (lowerH[j] as number));
  const shapeAt = (j: number): number => (j < 0 ? BEFORE : j >= n ? AFTER : (shapeH[j] as number));
  const posAt = (j: number): number => (j < 0 ? BEFORE : j >= n ? AFTER : ((posH?.[j] ?? 0) as number));
  const feats = new Int32Array(n * WIDTH).fill(-1);
  const edgeKinds = config.edges ?? [];
  const edges = edgeKinds.length > 0 ? new Int32Array(n * edgeKinds.length) : undefined;
  let headline = n > 1;
  for (const w of words) if (w !== w.toUpperCase()) headline = false;
  const gaz = groups.includes('gazetteer') && resources.gazetteer ? markGazetteer(resources.gazetteer, lower) : undefined;
  const clusters = groups.includes('clusters') && resources.clusters && !wordCached ? words.map((w) => resources.clusters?.features(w) ?? []) : undefined;
  const names = groups.includes('names') ? resources.gazetteer : undefined;
  // The row being written: features past its end are dropped (a row holds WIDTH − DYNAMIC_SLOTS).
  let k = 0;
  let end = 0;
  const emit: Emit = (h) => {
    if (k < end) feats[k++] = bucket(h, mask);
  };

  for (let i = 0; i < n; i++) {
    k = i * WIDTH;
    end = k + WIDTH - DYNAMIC_SLOTS;
    const w = words[i] as string;
    const l = lower[i] as string;
    // Word dropout (training only): without its identity the token must be learned from its
    // shape, context, clusters and lexicons, which carry over to names 1996 Reuters never saw.
    const dropped = drop?.(i) === true;
    if (edges) {
      edgeKinds.forEach((kind, e) => {
        // A dropped word's form is replaced by one "unknown word" form, as for its other identity features.
        edges[i * edgeKinds.length + e] = kind === 'lower'
          ? mixInt(SEEDS[T.EdgeLower] as number, dropped ? UNKNOWN_WORD : (lowerH[i] as number))
          : mixInt(SEEDS[T.EdgeShape] as number, shapeAt(i));
      });
    }
    if (!wordCached) formHead(emit, w, lowerAt(i), shapeAt(i), dropped);
    const cap = isCapitalized(w);
    const caps = isAllCaps(w);
    // Capitalization means little at the start of a sentence or in an all-caps headline, so the
    // flags say where the word stands as well as how it is written.
    const flags = (cap ? 1 : 0) | (caps ? 2 : 0) | (i === 0 ? 4 : 0) | (headline ? 8 : 0) |
      (/\d/.test(w) ? 16 : 0) | (w.includes('-') ? 32 : 0) | (w.includes('.') ? 64 : 0);
    emit(mixInt(SEEDS[T.Flags] as number, flags));
    if (!wordCached) formTail(emit, w, affix, dropped);
    if (window) {
      if (!wordCached) {
        for (let d = -2; d <= 2; d++) if (d !== 0) windowWord(emit, d, lowerAt(i + d), shapeAt(i + d));
      }
      emit(mixInt(mixInt(mixInt(SEEDS[T.Bigram] as number, -1), lowerAt(i - 1)), lowerAt(i)));
      emit(mixInt(mixInt(mixInt(SEEDS[T.Bigram] as number, 1), lowerAt(i)), lowerAt(i + 1)));
      emit(mixInt(mixInt(mixInt(SEEDS[T.ShapeBigram] as number, -1), shapeAt(i - 1)), shapeAt(i)));
      emit(mixInt(mixInt(mixInt(SEEDS[T.ShapeBigram] as number, 1), shapeAt(i)), shapeAt(i + 1)));
    }
    if (gaz) {
      for (let d = -1; d <= 1; d++) {
        const j = i + d;
        if (j < 0 || j >= n) continue;
        const begin = gaz.begin[j] as number;
        const inside = gaz.inside[j] as number;
        if ((begin | inside) === 0) continue;
        for (let t = 0; t < GAZETTEER_TYPES.length; t++) {
          const bit = 1 << t;
          if (!((begin | inside) & bit)) continue;
          const h = mixInt(mixInt(SEEDS[d === 0 ? T.Gaz : T.GazWin] as number, d), t * 2 + (begin & bit ? 0 : 1));
          emit(d === 0 ? mixInt(h, cap ? 1 : 0) : h);
        }
      }
    }
    if (gaz && resources.gazetteer) {
      const title1 = i > 0 && TITLES.has(lower[i - 1] as string);
      const title2 = i > 1 && TITLES.has(lower[i - 2] as string);
      if (title1 || title2) emit(mixInt(mixInt(SEEDS[T.Title] as number, title1 ? 1 : 2), cap ? 1 : 0));
      if (!wordCached) nameWords(emit, l, cap, resources.gazetteer);
      if (i > 0 && cap && resources.gazetteer.firstNames?.has(lower[i - 1] as string) && isCapitalized(words[i - 1] as string)) {
        emit(SEEDS[T.PrevFirst] as number);
      }
    }
    if (names) {
      if (!wordCached) listedNames(emit, l, cap, names);
      if (i > 0 && cap && names.listedGiven?.has(lower[i - 1] as string) && isCapitalized(words[i - 1] as string)) {
        emit(SEEDS[T.PrevListedGiven] as number);
      }
    }
    if (clusters) {
      for (let d = -1; d <= 1; d++) {
        const j = i + d;
        if (j < 0 || j >= n) continue;
        if (d === 0 && dropped) continue;
        clusterWord(emit, d, clusters[j] ?? []);
      }
    }
    if (document && (i === 0 || headline || caps)) {
      const mid = context.midForms.get(l);
      emit(mixString(SEEDS[T.MidForm] as number, mid ?? EMPTY));
      emit(mixString(SEEDS[T.MidShape] as number, mid ? shortShape(mid) : EMPTY));
      emit(mixInt(SEEDS[T.LowerSeen] as number, context.lowerSeen.has(l) ? 1 : 0));
    }
    if (posH && groups.includes('pos')) {
      emit(mixInt(SEEDS[T.Pos] as number, posAt(i)));
      for (let d = -2; d <= 2; d++) if (d !== 0) emit(mixInt(mixInt(SEEDS[T.PosWin] as number, d), posAt(i + d)));
      emit(mixInt(mixInt(SEEDS[T.PosBigram] as number, posAt(i - 1)), posAt(i)));
      emit(mixInt(mixInt(mixInt(SEEDS[T.PosBigram] as number, 1), posAt(i)), posAt(i + 1)));
    }
  }
  return edges ? { length: n, feats, edges } : { length: n, feats };
}

/**
 * Writes the history feature of each token: the entity type (or `O`) the same word was most
 * often given earlier in the document, as in Ratinov & Roth's "extended prediction history" —
 * "Clinton" tagged PER in the lead pulls the bare "Clinton" of paragraph six the same way.
 */
export function setHistory(features: SentenceFeatures, lower: readonly string[], history: ReadonlyMap<string, string>, bits: number): void {
  const mask = (1 << bits) - 1;
  for (let i = 0; i < features.length; i++) {
    const seen = history.get(lower[i] as string);
    features.feats[i * WIDTH + WIDTH - DYNAMIC_SLOTS] = seen === undefined ? -1 : bucket(mixString(SEEDS[T.History] as number, seen), mask);
  }
}

/** Words that join coordinated names: "Trump and Putin", "Putin, Trump", "France or Germany". */
const CONJUNCTIONS: ReadonlyMap<string, number> = new Map([[',', 0], ['and', 1], ['or', 1]]);

/** Two coordinated runs of capitalized words: `[start, end)` of each and how they are joined. */
export interface Coordination {
  readonly start: number;
  readonly end: number;
  readonly otherStart: number;
  readonly otherEnd: number;
  /** 0 for a comma, 1 for "and"/"or". */
  readonly link: number;
}

/**
 * Finds runs of capitalized words joined by a comma, "and" or "or" ("X and Y", "X, Y and Z"),
 * each pair once in each direction, so both conjuncts can learn from the type of the other.
 */
export function coordinations(words: readonly string[]): Coordination[] {
  const runs: [number, number][] = [];
  for (let i = 0; i < words.length; ) {
    if (!isCapitalized(words[i] as string)) { i++; continue; }
    let j = i + 1;
    while (j < words.length && isCapitalized(words[j] as string)) j++;
    runs.push([i, j]);
    i = j;
  }
  const out: Coordination[] = [];
  for (let r = 0; r + 1 < runs.length; r++) {
    const [a0, a1] = runs[r] as [number, number];
    const [b0, b1] = runs[r + 1] as [number, number];
    const link = CONJUNCTIONS.get(words[a1] as string);
    if (b0 !== a1 + 1 || link === undefined) continue;
    out.push({ start: a0, end: a1, otherStart: b0, otherEnd: b1, link }, { start: b0, end: b1, otherStart: a0, otherEnd: a1, link });
  }
  return out;
}

/**
 * Writes the coordination feature: for each word of a capitalized run coordinated with a name
 * the first pass typed, that type and the link ("and"/"or" preferred over a comma). Coordinated
 * names usually share a type, so "said Trump and Putin agreed" lends Putin's PER to Trump.
 * `labels` are the first pass's types per token (`O` or `PER`, `ORG`, …).
 */
export function setCoordination(features: SentenceFeatures, pairs: readonly Coordination[], labels: readonly string[], bits: number): void {
  const mask = (1 << bits) - 1;
  const chosen = new Map<number, { type: string; link: number }>();
  for (const p of pairs) {
    let type: string | undefined;
    for (let j = p.otherStart; j < p.otherEnd && type === undefined; j++) if (labels[j] !== 'O') type = labels[j];
    if (type === undefined) continue;
    for (let i = p.start; i < p.end; i++) {
      const prev = chosen.get(i);
      if (prev === undefined || p.link > prev.link) chosen.set(i, { type, link: p.link });
    }
  }
  for (let i = 0; i < features.length; i++) {
    const c = chosen.get(i);
    features.feats[i * WIDTH + WIDTH - DYNAMIC_SLOTS + 1] = c === undefined ? -1 : bucket(mixString(mixInt(SEEDS[T.Coord] as number, c.link), c.type), mask);
  }
}

/** The template numbers, for the POS and chunk scorer that caches each word's features (`src/nlp/syntax/word-scores.ts`). */
export { T as FeatureTemplate };
