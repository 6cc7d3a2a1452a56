import { bucket, mixInt } from './hash.js';
import { addBucket } from './sparse.js';
import type { LinearModel } from './model.js';

/**
 * Tag-bigram features: a token feature joined with the previous token's tag, hashed into the
 * model's ordinary weight table, so bucket `b` holds one weight per current tag as every feature
 * does. "of" after B-ORG votes for I-ORG ("Bank of England") while "of" after O votes for O; a
 * plain transition score cannot tell the two "of"s apart, and a word feature cannot see the tag
 * before it. Scores depend on (previous tag, tag, words) only, so first-order Viterbi stays exact.
 */

/** The bucket of token feature hash `h` joined with previous tag `prev` (`T` = sentence start). */
export function edgeBucket(h: number, prev: number, mask: number): number {
  return bucket(mixInt(h, prev), mask);
}

/**
 * Per-token, per-previous-tag scores: `out[(i * (T + 1) + prev) * T + tag]`, `prev = T` being
 * the start of the sentence; added to the transition scores by Viterbi.
 */
export function edgeScores(model: LinearModel, edges: Int32Array, n: number): Float32Array {
  const T = model.tags.length;
  const mask = (1 << model.config.bits) - 1;
  const width = model.config.edges?.length ?? 0;
  const out = new Float32Array(n * (T + 1) * T);
  const { sparse } = model;
  for (let i = 0; i < n; i++) {
    for (let prev = 0; prev <= T; prev++) {
      const o = (i * (T + 1) + prev) * T;
      for (let e = 0; e < width; e++) {
        const b = edgeBucket(edges[i * width + e] as number, prev, mask);
        if (sparse) addBucket(sparse, b, out, o);
        else addDense(model.weights, b, T, out, o);
      }
    }
  }
  return out;
}

/** Adds bucket `b`'s row of a dense weight table (a model in training) to `out[o …]`. */
function addDense(weights: Float32Array, b: number, T: number, out: Float32Array, o: number): void {
  const base = b * T;
  for (let t = 0; t < T; t++) out[o + t] = (out[o + t] as number) + (weights[base + t] as number);
}
