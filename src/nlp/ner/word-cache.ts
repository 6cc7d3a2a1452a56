import { wordFeatures, type FeatureResources } from './features.js';
import { bucket } from './hash.js';
import type { LinearModel } from './model.js';
import { addBucket, addVector } from './sparse.js';

/** Neighbour offsets of the window features, in the order their scores are kept. */
const OFFSETS = [-2, -1, 1, 2] as const;

/** Distinct word forms whose scores are kept; past that the cache starts over. */
const CACHE_LIMIT = 50_000;

/** What one word form contributes wherever it stands. */
interface WordScores {
  /** Its own-form features (bias, word, shapes, length, affixes, name lists, clusters): `T` scores. */
  readonly own: Float32Array;
  /** Its window and cluster features as the neighbour at offset −2, −1, +1, +2 (`4 × T`). */
  readonly near: Float32Array;
}

/** Sums, per token of a sentence, the scores of the features that depend on one word form only. */
export type WordScorer = (words: readonly string[]) => Float32Array;

/**
 * A scorer for the entity model that sums each word form's own and window features once per
 * form instead of once per token (as `src/nlp/syntax/word-scores.ts` does for POS and chunks).
 * On CoNLL test 28 of a token's 34 features depend on one word and an offset only; the rest (flags,
 * bigrams, gazetteer phrases, titles, document and history features) stay in the rows that
 * `sentenceFeatures(…, { wordCached: true })` writes, and scoring adds them to these sums. The
 * total is the one of the full rows in another order, equal to float rounding (the test checks
 * it). A full row drops features past its 70 slots, which the cache would keep; the committed
 * model fills at most 45 on CoNLL train, dev and test. Returns undefined for a model in training (no sparse weights) or with tag-bigram features.
 */
export function wordScorer(model: LinearModel, resources: FeatureResources): WordScorer | undefined {
  const { sparse, config } = model;
  if (!sparse || (config.edges ?? []).length > 0) return undefined;
  const T = model.tags.length;
  const mask = (1 << config.bits) - 1;
  const features = wordFeatures(config, resources);
  // `emit` adds a feature's weights into `target` at `at`; each sum below points them first.
  let target: Float32Array = new Float32Array(0);
  let at = 0;
  const emit = (h: number): void => addBucket(sparse, bucket(h, mask), target, at);
  const padding = new Float32Array(OFFSETS.length * T);
  target = padding;
  OFFSETS.forEach((d, k) => {
    at = k * T;
    features.padding(emit, d);
  });
  const cache = new Map<string, WordScores>();
  const scoresOf = (w: string): WordScores => {
    let entry = cache.get(w);
    if (entry) return entry;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    entry = { own: new Float32Array(T), near: new Float32Array(OFFSETS.length * T) };
    target = entry.own;
    at = 0;
    features.own(emit, w);
    target = entry.near;
    OFFSETS.forEach((d, k) => {
      at = k * T;
      features.near(emit, w, d);
    });
    cache.set(w, entry);
    return entry;
  };
  return (words) => {
    const n = words.length;
    const out = new Float32Array(n * T);
    const entries = words.map(scoresOf);
    for (let i = 0; i < n; i++) {
      const o = i * T;
      addVector(out, o, (entries[i] as WordScores).own, 0, T);
      OFFSETS.forEach((d, k) => {
        const j = i + d;
        addVector(out, o, j >= 0 && j < n ? (entries[j] as WordScores).near : padding, k * T, T);
      });
    }
    return out;
  };
}
