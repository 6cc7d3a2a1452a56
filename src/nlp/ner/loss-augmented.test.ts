import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures } from './features.js';
import { TOY_CONFIG as CONFIG, TOY_DATA as DATA, TOY_TAGS as TAGS, toyIndex as index } from '../../../test/helpers/toy-ner.js';
import { lossAugmentedPath } from './loss-augmented.js';
import { emptyModel } from './model.js';
import { averaged, perceptron, update } from './perceptron.js';
import { bestPath, tagDocument } from './tagger.js';

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
