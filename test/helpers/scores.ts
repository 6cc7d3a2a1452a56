import { expect } from 'vitest';
import { emptyModel, type LinearModel } from '../../src/nlp/ner/model.js';
import type { FeatureConfig } from '../../src/nlp/ner/features.js';
import { sparseWeights } from '../../src/nlp/ner/sparse.js';

/**
 * A model as read for tagging (with sparse weights), pseudo-random weights in about a third of
 * its buckets, as a trained model would have touched; `seed` picks the sequence.
 */
export function randomModel(tags: readonly string[], config: FeatureConfig, seed: number): LinearModel {
  const model = emptyModel(tags, config);
  let x = seed;
  model.weights.forEach((_, k) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    if (x % 3 === 0) model.weights[k] = (x / 2 ** 32) * 2 - 1;
  });
  return { ...model, sparse: sparseWeights(model.weights, model.tags.length) };
}

/** Scores equal to float rounding: summed in another order, they may differ in the last bits. */
export function expectClose(actual: Float32Array, expected: Float32Array): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, k) => expect(Math.abs(v - (expected[k] as number))).toBeLessThan(1e-4 * Math.max(1, Math.abs(expected[k] as number))));
}
