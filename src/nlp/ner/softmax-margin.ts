import { WIDTH, type SentenceFeatures } from './features.js';
import { costAugmentedScores } from './loss-augmented.js';
import { bump, type Perceptron } from './perceptron.js';

/**
 * A gradient change smaller than this fraction of the rate is skipped: it changes no decision,
 * and leaving it out keeps the buckets of tags that never compete at zero, as the perceptron
 * leaves them, so the model file stays sparse.
 */
const NEGLIGIBLE = 1e-4;

/**
 * One stochastic-gradient step of a softmax-margin CRF (Gimpel & Smith 2010) on a sentence, for
 * training only. The gold path's features gain `rate`; every tag's features lose `rate` times
 * its marginal probability under the model with `cost` added to each wrong tag's score (the
 * same cost the large-margin perceptron adds, here inside the normalizer), and transitions
 * likewise. Where the perceptron moves the weights only for the one path it got wrong, this
 * step moves them for every competing tag in proportion to how likely it still is. The changes
 * are recorded in the perceptron's running sums, so `averaged` gives an averaged-SGD CRF.
 *
 * @example
 * softmaxMarginStep(training, features, gold, 3, 0.1) // one step on one sentence
 */
export function softmaxMarginStep(p: Perceptron, features: SentenceFeatures, gold: Int32Array, cost: number, rate: number): void {
  const { weights, transitions, allowed, tags } = p.model;
  const T = tags.length;
  const n = features.length;
  if (n === 0) return;
  const scores = costAugmentedScores(p.model, features, gold, cost);
  const trans = new Float64Array((T + 1) * T);
  for (let k = 0; k < trans.length; k++) trans[k] = allowed[k] ? (transitions[k] as number) : -Infinity;
  const { alpha, beta, logZ } = forwardBackward(scores, trans, n, T);
  for (let i = 0; i < n; i++) {
    const g = gold[i] as number;
    for (let t = 0; t < T; t++) {
      const marginal = Math.exp((alpha[i * T + t] as number) + (beta[i * T + t] as number) - logZ);
      const d = rate * ((t === g ? 1 : 0) - marginal);
      if (Math.abs(d) < NEGLIGIBLE * rate) continue;
      for (let s = i * WIDTH; s < (i + 1) * WIDTH; s++) {
        const b = features.feats[s] as number;
        if (b >= 0) bump(weights, p.sums, b * T + t, d, p.step);
      }
    }
    // Transition marginals into token i: from the sentence start (row T) for the first token.
    const goldFrom = i === 0 ? T : (gold[i - 1] as number);
    const [firstFrom, endFrom] = i === 0 ? [T, T + 1] : [0, T];
    for (let f = firstFrom; f < endFrom; f++) {
      const left = i === 0 ? 0 : (alpha[(i - 1) * T + f] as number);
      for (let t = 0; t < T; t++) {
        if (!allowed[f * T + t]) continue;
        const pair = Math.exp(left + (trans[f * T + t] as number) + (scores[i * T + t] as number) + (beta[i * T + t] as number) - logZ);
        const d = rate * ((f === goldFrom && t === g ? 1 : 0) - pair);
        if (Math.abs(d) >= NEGLIGIBLE * rate) bump(transitions, p.transitionSums, f * T + t, d, p.step);
      }
    }
  }
  p.step++;
}

/**
 * Log-space forward and backward scores of a linear chain: `alpha[i*T+t]` sums the paths ending
 * in tag t at token i (its own score included), `beta[i*T+t]` the paths after it; `logZ` is the
 * log of the sum over all paths. `trans` is `(T + 1) × T` with row T the start, -Infinity where
 * forbidden.
 */
export function forwardBackward(scores: Float32Array, trans: Float64Array, n: number, T: number): { alpha: Float64Array; beta: Float64Array; logZ: number } {
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  for (let t = 0; t < T; t++) alpha[t] = (trans[T * T + t] as number) + (scores[t] as number);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let sum = -Infinity;
      for (let f = 0; f < T; f++) sum = logAdd(sum, (alpha[(i - 1) * T + f] as number) + (trans[f * T + t] as number));
      alpha[i * T + t] = sum + (scores[i * T + t] as number);
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let f = 0; f < T; f++) {
      let sum = -Infinity;
      for (let t = 0; t < T; t++) sum = logAdd(sum, (trans[f * T + t] as number) + (scores[(i + 1) * T + t] as number) + (beta[(i + 1) * T + t] as number));
      beta[i * T + f] = sum;
    }
  }
  let logZ = -Infinity;
  for (let t = 0; t < T; t++) logZ = logAdd(logZ, alpha[(n - 1) * T + t] as number);
  return { alpha, beta, logZ };
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
