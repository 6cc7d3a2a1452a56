import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures, type FeatureConfig } from './features.js';
import { lossAugmentedPath } from './loss-augmented.js';
import { emptyModel } from './model.js';
import { averaged, perceptron, update } from './perceptron.js';
import { bestPath, tagDocument } from './tagger.js';

const TAGS = ['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER'];
const CONFIG: FeatureConfig = { bits: 14, groups: ['window', 'affix'] };
const DATA: [string[], string[]][] = [
  [['Bank', 'of', 'Rome', 'said'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']],
  [['Anna', 'of', 'Rome', 'said'], ['B-PER', 'O', 'O', 'O']],
  [['Bank', 'of', 'Oslo', 'fell'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']],
  [['Boris', 'of', 'Oslo', 'left'], ['B-PER', 'O', 'O', 'O']],
];
const index = (tags: readonly string[]): Int32Array => Int32Array.from(tags, (t) => TAGS.indexOf(t));

describe('loss-augmented decoding', () => {
  it('with no margin is the best path; with one, a model that knows nothing picks no gold tag', () => {
    const model = emptyModel(TAGS, CONFIG);
    const features = sentenceFeatures({ words: ['Anna', 'said', 'so'] }, CONFIG, {}, documentContext([]));
    const gold = index(['O', 'O', 'O']);
    expect([...lossAugmentedPath(model, features, gold, 0)]).toEqual([...bestPath(model)(features, 0)]);
    const path = lossAugmentedPath(model, features, gold, 5);
    path.forEach((t, i) => expect(t).not.toBe(gold[i]));
  });

  it('trains a perceptron that tags its training sentences right', () => {
    const p = perceptron(emptyModel(TAGS, CONFIG));
    for (let epoch = 0; epoch < 10; epoch++) {
      for (const [words, tags] of DATA) {
        tagDocument(p.model, [{ words }], {}, (features) => {
          const predicted = lossAugmentedPath(p.model, features, index(tags), 2);
          update(p, features, index(tags), predicted);
          return predicted;
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
