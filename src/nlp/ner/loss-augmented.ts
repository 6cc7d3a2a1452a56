import { edgeScores } from './edges.js';
import type { SentenceFeatures } from './features.js';
import { emissions, type LinearModel } from './model.js';
import { viterbi } from './viterbi.js';

/**
 * Loss-augmented decoding, for training only: the best path after every tag but the gold one of
 * each token gains `margin`. The perceptron then updates not only when the model is wrong but
 * also when it is right by less than `margin` per wrong token (a large-margin perceptron): the
 * weights have to separate the gold path from its neighbours by a distance, which leans less
 * on a few memorised words and carries better to names the training data never showed (see
 * docs/benchmarks.md, "Large-margin training"). With `margin` 0 it is the model's own best path.
 *
 * @example
 * lossAugmentedPath(model, features, gold, 30) // Int32Array of tag indexes, often differing from `gold`
 */
export function lossAugmentedPath(model: LinearModel, features: SentenceFeatures, gold: Int32Array, margin: number): Int32Array {
  const { length, edges } = features;
  const scores = costAugmentedScores(model, features, gold, margin);
  return viterbi(scores, length, model.tags.length, model.transitions, model.allowed, edges && edgeScores(model, edges, length));
}

/** The model's per-token tag scores (`n × T`) with `cost` added to every tag but each token's gold one. */
export function costAugmentedScores(model: LinearModel, { feats, length }: SentenceFeatures, gold: Int32Array, cost: number): Float32Array {
  const T = model.tags.length;
  const scores = emissions(model, feats, length);
  for (let i = 0; i < length; i++) {
    const right = gold[i] as number;
    for (let t = 0; t < T; t++) if (t !== right) scores[i * T + t] = (scores[i * T + t] as number) + cost;
  }
  return scores;
}
