import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures, type FeatureConfig } from './features.js';
import { edgeBucket, edgeScores } from './edges.js';
import { emptyModel } from './model.js';
import { averaged, perceptron, update } from './perceptron.js';
import { deserializeModel, serializeModel } from './serialize.js';
import { bestPath, tagDocument } from './tagger.js';
import { viterbi } from './viterbi.js';

const TAGS = ['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER'];
const CONFIG: FeatureConfig = { bits: 14, groups: ['window'], edges: ['lower', 'shape'] };
/** Hashes per token with {@link CONFIG}: one per edge kind. */
const EDGE_WIDTH = 2;
const NO_CONTEXT = documentContext([]);

/** Short sentences where "of" continues an organization but follows a person as O. */
const DATA: [string[], string[]][] = [
  [['Bank', 'of', 'Rome', 'said'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']],
  [['Anna', 'of', 'Rome', 'said'], ['B-PER', 'O', 'O', 'O']],
  [['Bank', 'of', 'Oslo', 'fell'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']],
  [['Boris', 'of', 'Oslo', 'left'], ['B-PER', 'O', 'O', 'O']],
];

/** A perceptron with tag-bigram features trained on {@link DATA}. */
function trained(): ReturnType<typeof averaged> {
  const p = perceptron(emptyModel(TAGS, CONFIG));
  const decode = bestPath(p.model);
  for (let epoch = 0; epoch < 8; epoch++) {
    for (const [words, gold] of DATA) {
      tagDocument(p.model, [{ words }], {}, (features) => {
        const predicted = decode(features, 0);
        update(p, features, Int32Array.from(gold, (t) => TAGS.indexOf(t)), predicted);
        return predicted;
      });
    }
  }
  return averaged(p);
}

describe('tag-bigram features', () => {
  it('are extracted only for a model configured with them, one hash per token and kind', () => {
    const words = ['Bank', 'of', 'Rome'];
    expect(sentenceFeatures({ words }, { bits: 14, groups: ['window'] }, {}, NO_CONTEXT).edges).toBeUndefined();
    const edges = sentenceFeatures({ words }, CONFIG, {}, NO_CONTEXT).edges;
    expect(edges?.length).toBe(words.length * EDGE_WIDTH);
    const again = sentenceFeatures({ words: ['bank', 'of', 'Oslo'] }, CONFIG, {}, NO_CONTEXT).edges;
    // "of" hashes alike in both sentences; "Bank" and "bank" share a lower-cased form, not a shape.
    expect(again?.[1 * EDGE_WIDTH]).toBe(edges?.[1 * EDGE_WIDTH]);
    expect(again?.[0]).toBe(edges?.[0]);
    expect(again?.[1]).not.toBe(edges?.[1]);
    const shapeOnly = sentenceFeatures({ words }, { ...CONFIG, edges: ['shape'] }, {}, NO_CONTEXT).edges;
    expect([...(shapeOnly ?? [])]).toEqual([edges?.[1], edges?.[3], edges?.[5]]);
  });

  it('let Viterbi score a transition per token: an edge bonus changes the best path', () => {
    // Two tags, two tokens: token 1 prefers tag 0 by 1, plain Viterbi keeps [0, 0].
    const scores = new Float32Array([1, 0, 1, 0]);
    const transitions = new Float32Array(6);
    const allowed = new Uint8Array(6).fill(1);
    expect([...viterbi(scores, 2, 2, transitions, allowed)]).toEqual([0, 0]);
    // Token 1's edge 0 → 1 is worth 2: [0, 1] scores 1 + 0 + 2 = 3 against 2.
    const edges = new Float32Array(2 * 3 * 2);
    edges[(1 * 3 + 0) * 2 + 1] = 2;
    expect([...viterbi(scores, 2, 2, transitions, allowed, edges)]).toEqual([0, 1]);
  });

  it('learn what a word means after a given tag: "of" inside an organization, not after a person', () => {
    const model = trained();
    const tagged = (words: string[]): string[] => Array.from(tagDocument(model, [{ words }], {})[0] ?? [], (t) => TAGS[t] as string);
    expect(tagged(['Bank', 'of', 'Lima', 'rose'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(tagged(['Anna', 'of', 'Lima', 'rose'])).toEqual(['B-PER', 'O', 'O', 'O']);
    // The update wrote into the bucket of ("of" after B-ORG): its I-ORG weight is positive.
    const of = sentenceFeatures({ words: ['Bank', 'of'] }, CONFIG, {}, NO_CONTEXT).edges?.[EDGE_WIDTH] as number;
    const b = edgeBucket(of, TAGS.indexOf('B-ORG'), (1 << CONFIG.bits) - 1);
    expect(model.weights[b * TAGS.length + TAGS.indexOf('I-ORG')]).toBeGreaterThan(0);
  });

  it('survive a model file: the config keeps them and the sparse weights score as the dense ones', () => {
    const model = trained();
    const back = deserializeModel(serializeModel(model));
    expect(back.config).toEqual(CONFIG);
    const { length, edges } = sentenceFeatures({ words: ['Bank', 'of', 'Lima'] }, back.config, {}, NO_CONTEXT);
    const { sparse: _, ...dense } = back;
    expect([...edgeScores(back, edges as Int32Array, length)]).toEqual([...edgeScores(dense, edges as Int32Array, length)]);
    expect(tagDocument(back, [{ words: ['Bank', 'of', 'Lima', 'rose'] }], {})).toEqual(tagDocument(model, [{ words: ['Bank', 'of', 'Lima', 'rose'] }], {}));
  });
});
