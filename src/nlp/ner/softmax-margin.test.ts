import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures } from './features.js';
import { TOY_CONFIG as CONFIG, TOY_DATA as DATA, TOY_TAGS as TAGS, toyIndex as index } from '../../../test/helpers/toy-ner.js';
import { allowedTransitions, emptyModel } from './model.js';
import { averaged, perceptron } from './perceptron.js';
import { forwardBackward, softmaxMarginStep } from './softmax-margin.js';
import { bestPath, tagDocument } from './tagger.js';

/** Every tag path of `n` tokens that BIO allows, by brute force. */
function allowedPaths(n: number): number[][] {
  const T = TAGS.length;
  const allowed = allowedTransitions(TAGS);
  let paths: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    paths = paths.flatMap((p) => TAGS.map((_, t) => [...p, t]).filter((q) => allowed[(i === 0 ? T : (q[i - 1] as number)) * T + (q[i] as number)] === 1));
  }
  return paths;
}

describe('softmax-margin CRF', () => {
  it('forward-backward sums the same paths as enumerating them', () => {
    const T = TAGS.length;
    const n = 3;
    const scores = Float32Array.from({ length: n * T }, (_, k) => ((k * 7) % 5) - 2);
    const allowed = allowedTransitions(TAGS);
    const trans = Float64Array.from({ length: (T + 1) * T }, (_, k) => (allowed[k] ? ((k * 3) % 4) / 2 : -Infinity));
    const pathScore = (p: number[]): number =>
      p.reduce((s, t, i) => s + (scores[i * T + t] as number) + (trans[(i === 0 ? T : (p[i - 1] as number)) * T + t] as number), 0);
    const paths = allowedPaths(n);
    const logZ = Math.log(paths.reduce((s, p) => s + Math.exp(pathScore(p)), 0));
    const { alpha, beta, logZ: computed } = forwardBackward(scores, trans, n, T);
    expect(computed).toBeCloseTo(logZ, 9);
    // The marginal of tag 1 at token 1 from alpha and beta equals the share of paths through it.
    const through = paths.filter((p) => p[1] === 1).reduce((s, p) => s + Math.exp(pathScore(p)), 0);
    expect(Math.exp((alpha[T + 1] as number) + (beta[T + 1] as number) - computed)).toBeCloseTo(through / Math.exp(logZ), 9);
  });

  it('moves each token feature by the gold indicator minus the marginals, which sum to one', () => {
    const p = perceptron(emptyModel(TAGS, CONFIG));
    const features = sentenceFeatures({ words: ['Anna', 'said'] }, CONFIG, {}, documentContext([]));
    const gold = index(['B-PER', 'O']);
    softmaxMarginStep(p, features, gold, 0, 0.5);
    const T = TAGS.length;
    const bias = features.feats[0] as number;
    const change = Array.from(p.model.weights.subarray(bias * T, bias * T + T));
    // The bias feature is on both tokens: its gold tags gain 0.5 each, and the losses sum to 2 × 0.5.
    expect(change.reduce((s, w) => s + w, 0)).toBeCloseTo(0, 6);
    expect(change[TAGS.indexOf('I-PER')]).toBeLessThan(0);
    expect(change[TAGS.indexOf('B-PER')]).toBeGreaterThan(0);
  });

  it('trains a model that tags its training sentences right', () => {
    const p = perceptron(emptyModel(TAGS, CONFIG));
    for (let epoch = 0; epoch < 10; epoch++) {
      for (const [words, tags] of DATA) {
        tagDocument(p.model, [{ words }], {}, (features, s) => {
          softmaxMarginStep(p, features, index(tags), 1, 0.5);
          return bestPath(p.model)(features, s);
        });
      }
    }
    const model = averaged(p);
    for (const [words, tags] of DATA) {
      const [path] = tagDocument(model, [{ words }], {});
      expect(Array.from(path ?? [], (t) => TAGS[t])).toEqual(tags);
    }
  });
});
