import { describe, expect, it } from 'vitest';
import { DYNAMIC_SLOTS, documentContext, sentenceFeatures, setHistory, WIDTH } from './features.js';
import { emissions, emptyModel } from './model.js';
import { deserializeModel, serializeModel } from './serialize.js';
import { addBucket, denseWeights, sparseEmissions, sparseWeights } from './sparse.js';

/** A model whose weights are zero except in every seventh bucket, like a trained perceptron's. */
function mostlyZeroModel(): ReturnType<typeof emptyModel> {
  const model = emptyModel(['O', 'B-ORG', 'I-ORG', 'B-PER'], { bits: 12, groups: ['affix', 'window'] });
  model.weights.forEach((_, k) => {
    if ((k >> 2) % 7 === 0 && k % 3 !== 0) model.weights[k] = Math.sin(k) * 2;
  });
  return model;
}

describe('sparse weights', () => {
  const words = ['The', 'European', 'Union', 'rejected', 'the', 'call', '.'];

  it('keep only the non-zero weights, in bucket and tag order', () => {
    const weights = new Float32Array([0, 1.5, 0, 0, 0, 0, -2, 0, 3]);
    const sparse = sparseWeights(weights, 3);
    expect([...sparse.starts]).toEqual([0, 1, 3]);
    expect([...sparse.tags]).toEqual([1, 0, 2]);
    expect([...sparse.values]).toEqual([1.5, -2, 3]);
    expect([...sparse.index]).toEqual([0b101, 0]);
  });

  it('find a used bucket by counting the used buckets before it, across words and at bit 31', () => {
    const weights = new Float32Array(130 * 2);
    for (const b of [0, 5, 31, 32, 63, 64, 100, 129]) weights[b * 2 + (b % 2)] = b + 1;
    const sparse = sparseWeights(weights, 2);
    expect([...sparse.index]).toEqual([0x80000021, 0, 0x80000001, 3, 0b1, 5, 0b10000, 6, 0b10, 7]);
    expect([...denseWeights(sparse, 2)]).toEqual([...weights]);
    const out = new Float32Array(2);
    addBucket(sparse, 63, out, 0);
    addBucket(sparse, 64, out, 0);
    addBucket(sparse, 65, out, 0);
    expect([...out]).toEqual([65, 64]);
  });

  it('score a sentence bit for bit as the dense table does', () => {
    const model = mostlyZeroModel();
    const features = sentenceFeatures({ words }, model.config, {}, documentContext([]));
    setHistory(features, words.map((w) => w.toLowerCase()), new Map([['union', 'ORG']]), model.config.bits);
    const { feats, length } = features;
    const dense = emissions(model, feats, length);
    const sparse = sparseEmissions(sparseWeights(model.weights, model.tags.length), model.tags.length, feats, length, WIDTH, DYNAMIC_SLOTS);
    expect([...sparse]).toEqual([...dense]);
  });

  it('come with a model read from a file, which then scores as its dense weights do', () => {
    const back = deserializeModel(serializeModel(mostlyZeroModel()));
    expect(back.sparse).toBeDefined();
    const { feats, length } = sentenceFeatures({ words }, back.config, {}, documentContext([]));
    const { sparse: _, ...dense } = back;
    expect([...emissions(back, feats, length)]).toEqual([...emissions(dense, feats, length)]);
  });
});
