import { bucket, mixInt, mixString, seed } from './hash.js';
import { GAZETTEER_TYPES, markGazetteer, type Gazetteer } from './gazetteer.js';
import { isAllCaps, isCapitalized, longShape, shortShape } from './shape.js';

/**
 * Feature groups a model can be trained with; each can be left out to measure what it adds
 * (the ablation in docs/architecture.md).
 */
export type FeatureGroup = 'affix' | 'window' | 'gazetteer' | 'clusters' | 'document' | 'pos';

/** Every group, the default for the entity model. */
export const ALL_GROUPS: readonly FeatureGroup[] = ['affix', 'window', 'gazetteer', 'clusters', 'document', 'pos'];

/** Which features a model uses and how many hash buckets (`2^bits`) they share. */
export interface FeatureConfig {
  readonly bits: number;
  readonly groups: readonly FeatureGroup[];
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

/** Slots at the end of each row for features that depend on earlier predictions (history). */
export const DYNAMIC_SLOTS = 2;

/** Hashed features of one sentence: row `i` is `feats[i*WIDTH, (i+1)*WIDTH)`, ended by -1. */
export interface SentenceFeatures {
  readonly length: number;
  readonly feats: Int32Array;
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
}

const EMPTY = '';

/**
 * Extracts the hashed features of one sentence (all but the history slots). Words outside the
 * sentence are padding (`<s>`, `</s>`).
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
): SentenceFeatures {
  const { words, pos } = sentence;
  const n = words.length;
  const mask = (1 << config.bits) - 1;
  const groups = new Set(config.groups);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shortShape);
  const feats = new Int32Array(n * WIDTH).fill(-1);
  const headline = n > 1 && words.every((w) => !/[a-z]/.test(w));
  const gaz = groups.has('gazetteer') && resources.gazetteer ? markGazetteer(resources.gazetteer, lower) : undefined;
  const clusters = groups.has('clusters') && resources.clusters ? words.map((w) => resources.clusters?.features(w) ?? []) : undefined;
  const at = <X>(xs: readonly X[], i: number, pad: X): X => (i < 0 || i >= n ? pad : (xs[i] as X));

  for (let i = 0; i < n; i++) {
    let k = i * WIDTH;
    const end = k + WIDTH - DYNAMIC_SLOTS;
    const put = (h: number): void => {
      if (k < end) feats[k++] = bucket(h, mask);
    };
    const w = words[i] as string;
    const l = lower[i] as string;
    put(seed(T.Bias));
    put(mixString(seed(T.Lower), l));
    put(mixString(seed(T.Form), w));
    put(mixString(seed(T.Shape), longShape(w)));
    put(mixString(seed(T.Short), shapes[i] as string));
    const cap = isCapitalized(w);
    const caps = isAllCaps(w);
    // Capitalization means little at the start of a sentence or in an all-caps headline, so the
    // flags say where the word stands as well as how it is written.
    const flags = (cap ? 1 : 0) | (caps ? 2 : 0) | (i === 0 ? 4 : 0) | (headline ? 8 : 0) |
      (/\d/.test(w) ? 16 : 0) | (w.includes('-') ? 32 : 0) | (w.includes('.') ? 64 : 0);
    put(mixInt(seed(T.Flags), flags));
    put(mixInt(seed(T.Length), Math.min(w.length, 10)));
    if (groups.has('affix')) {
      for (let a = 1; a <= 4 && a <= w.length; a++) {
        put(mixString(seed(T.Prefix), w.slice(0, a)));
        put(mixString(seed(T.Suffix), w.slice(-a)));
      }
    }
    if (groups.has('window')) {
      for (let d = -2; d <= 2; d++) {
        if (d === 0) continue;
        put(mixString(mixInt(seed(T.WinLower), d), at(lower, i + d, d < 0 ? '<s>' : '</s>')));
        put(mixString(mixInt(seed(T.WinShort), d), at(shapes, i + d, d < 0 ? '<s>' : '</s>')));
      }
      put(mixString(mixString(mixInt(seed(T.Bigram), -1), at(lower, i - 1, '<s>')), l));
      put(mixString(mixString(mixInt(seed(T.Bigram), 1), l), at(lower, i + 1, '</s>')));
      put(mixString(mixString(mixInt(seed(T.ShapeBigram), -1), at(shapes, i - 1, '<s>')), shapes[i] as string));
      put(mixString(mixString(mixInt(seed(T.ShapeBigram), 1), shapes[i] as string), at(shapes, i + 1, '</s>')));
    }
    if (gaz) {
      for (let d = -1; d <= 1; d++) {
        const j = i + d;
        if (j < 0 || j >= n) continue;
        const begin = gaz.begin[j] as number;
        const inside = gaz.inside[j] as number;
        for (let t = 0; t < GAZETTEER_TYPES.length; t++) {
          const bit = 1 << t;
          if (!((begin | inside) & bit)) continue;
          const h = mixInt(mixInt(seed(d === 0 ? T.Gaz : T.GazWin), d), t * 2 + (begin & bit ? 0 : 1));
          put(d === 0 ? mixInt(h, cap ? 1 : 0) : h);
        }
      }
    }
    if (clusters) {
      for (let d = -1; d <= 1; d++) {
        for (const c of at(clusters, i + d, [])) put(mixString(mixInt(seed(d === 0 ? T.Cluster : T.ClusterWin), d), c));
      }
    }
    if (groups.has('document') && (i === 0 || headline || caps)) {
      const mid = context.midForms.get(l);
      put(mixString(seed(T.MidForm), mid ?? EMPTY));
      put(mixString(seed(T.MidShape), mid ? shortShape(mid) : EMPTY));
      put(mixInt(seed(T.LowerSeen), context.lowerSeen.has(l) ? 1 : 0));
    }
    if (pos && groups.has('pos')) {
      const p = pos[i] as string;
      put(mixString(seed(T.Pos), p));
      for (let d = -2; d <= 2; d++) if (d !== 0) put(mixString(mixInt(seed(T.PosWin), d), at(pos, i + d, EMPTY)));
      put(mixString(mixString(seed(T.PosBigram), at(pos, i - 1, EMPTY)), p));
      put(mixString(mixString(mixInt(seed(T.PosBigram), 1), p), at(pos, i + 1, EMPTY)));
    }
  }
  return { length: n, feats };
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
    features.feats[i * WIDTH + WIDTH - DYNAMIC_SLOTS] = seen === undefined ? -1 : bucket(mixString(seed(T.History), seen), mask);
  }
}
