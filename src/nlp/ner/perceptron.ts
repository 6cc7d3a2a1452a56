import { WIDTH, type SentenceFeatures } from './features.js';
import { edgeBucket } from './edges.js';
import type { LinearModel } from './model.js';

/**
 * Averaged-perceptron training state over a model's weights. Averaging uses the usual trick:
 * `sums` accumulates `step × change`, and the average is `w − sums / step`, so no pass over all
 * 19 million weights is needed after each sentence.
 */
export interface Perceptron {
  readonly model: LinearModel;
  readonly sums: Float64Array;
  readonly transitionSums: Float64Array;
  step: number;
}

/** Starts training `model` (its weights are changed in place). */
export function perceptron(model: LinearModel): Perceptron {
  return { model, sums: new Float64Array(model.weights.length), transitionSums: new Float64Array(model.transitions.length), step: 1 };
}

/**
 * One perceptron update: where the predicted path differs from the gold one, the gold tag's
 * weights gain 1 and the predicted tag's lose 1, for token features, tag bigrams and tag-bigram
 * features alike.
 */
export function update(p: Perceptron, features: SentenceFeatures, gold: Int32Array, predicted: Int32Array): void {
  const { weights, transitions, tags } = p.model;
  const T = tags.length;
  const n = features.length;
  const mask = (1 << p.model.config.bits) - 1;
  const { edges } = features;
  const width = p.model.config.edges?.length ?? 0;
  for (let i = 0; i < n; i++) {
    const g = gold[i] as number;
    const q = predicted[i] as number;
    const gp = i > 0 ? (gold[i - 1] as number) : T;
    const qp = i > 0 ? (predicted[i - 1] as number) : T;
    if (g !== q) {
      for (let s = 0; s < WIDTH; s++) {
        const b = features.feats[i * WIDTH + s] as number;
        if (b < 0) continue;
        bump(weights, p.sums, b * T + g, 1, p.step);
        bump(weights, p.sums, b * T + q, -1, p.step);
      }
    }
    if (g !== q || gp !== qp) {
      bump(transitions, p.transitionSums, gp * T + g, 1, p.step);
      bump(transitions, p.transitionSums, qp * T + q, -1, p.step);
      if (edges) {
        for (let e = 0; e < width; e++) {
          const h = edges[i * width + e] as number;
          bump(weights, p.sums, edgeBucket(h, gp, mask) * T + g, 1, p.step);
          bump(weights, p.sums, edgeBucket(h, qp, mask) * T + q, -1, p.step);
        }
      }
    }
  }
  p.step++;
}

/** Changes weight `k` by `d` and records the change for the average. */
export function bump(w: Float32Array, sums: Float64Array, k: number, d: number, step: number): void {
  w[k] = (w[k] as number) + d;
  sums[k] = (sums[k] as number) + step * d;
}

/** The averaged model: a copy, so training can go on after a dev evaluation. */
export function averaged(p: Perceptron): LinearModel {
  const average = (w: Float32Array, sums: Float64Array): Float32Array => {
    const out = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) out[k] = (w[k] as number) - (sums[k] as number) / p.step;
    return out;
  };
  return { ...p.model, weights: average(p.model.weights, p.sums), transitions: average(p.model.transitions, p.transitionSums) };
}

/**
 * The element-wise mean of models trained with the same tags and features (different document
 * orders): averaging several perceptrons, like averaging one over its steps, smooths the weights
 * that one training order over- or under-shot.
 */
export function averageModels(models: readonly LinearModel[]): LinearModel {
  const first = models[0];
  if (!first) throw new Error('E_ENSEMBLE_EMPTY: no models to average');
  const weights = new Float32Array(first.weights.length);
  const transitions = new Float32Array(first.transitions.length);
  for (const m of models) {
    if (m.tags.join(' ') !== first.tags.join(' ') || m.weights.length !== weights.length) {
      throw new Error('E_ENSEMBLE_MISMATCH: models to average must share tags and feature buckets');
    }
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) + (m.weights[i] as number) / models.length;
    for (let i = 0; i < transitions.length; i++) transitions[i] = (transitions[i] as number) + (m.transitions[i] as number) / models.length;
  }
  return { ...first, weights, transitions };
}
