import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures, WIDTH, DYNAMIC_SLOTS, type FeatureConfig } from '../src/nlp/ner/features.js';
import { createGazetteer, markGazetteer } from '../src/nlp/ner/gazetteer.js';
import { emptyModel, allowedTransitions } from '../src/nlp/ner/model.js';
import { averaged, perceptron, update } from '../src/nlp/ner/perceptron.js';
import { deserializeModel, serializeModel } from '../src/nlp/ner/serialize.js';
import { tagSpans } from '../src/nlp/ner/spans.js';
import { bestPath, tagDocument } from '../src/nlp/ner/tagger.js';
import { viterbi } from '../src/nlp/ner/viterbi.js';

const CONFIG: FeatureConfig = { bits: 16, groups: ['affix', 'window', 'gazetteer', 'document'] };
const NO_CONTEXT = documentContext([]);

/** The features of one row, without the -1 padding. */
function row(feats: Int32Array, i: number): number[] {
  return [...feats.subarray(i * WIDTH, (i + 1) * WIDTH)].filter((b) => b >= 0);
}

describe('feature extractor', () => {
  const gazetteer = createGazetteer(new Map([['new york', { types: 4, country: 'USA' }], ['new york stock exchange', { types: 2 }]]));

  it('gives each token a row of buckets inside the table, leaving the history slots empty', () => {
    const { feats, length } = sentenceFeatures({ words: ['Angela', 'Merkel', 'visited', 'Paris', '.'] }, CONFIG, {}, NO_CONTEXT);
    expect(length).toBe(5);
    for (let i = 0; i < 5; i++) {
      expect(row(feats, i).length).toBeGreaterThan(20);
      expect(row(feats, i).every((b) => b < 1 << 16)).toBe(true);
      expect(feats[i * WIDTH + WIDTH - DYNAMIC_SLOTS]).toBe(-1);
    }
  });

  it('depends on the word and its context: the same word in the same window hashes the same', () => {
    const a = sentenceFeatures({ words: ['in', 'Paris', 'today'] }, CONFIG, {}, NO_CONTEXT).feats;
    const b = sentenceFeatures({ words: ['in', 'Paris', 'today'] }, CONFIG, {}, NO_CONTEXT).feats;
    const c = sentenceFeatures({ words: ['in', 'paris', 'today'] }, CONFIG, {}, NO_CONTEXT).feats;
    expect(row(a, 1)).toEqual(row(b, 1));
    expect(row(a, 1)).not.toEqual(row(c, 1));
  });

  it('adds gazetteer features only when the resource is there', () => {
    const words = ['on', 'the', 'New', 'York', 'Stock', 'Exchange'];
    const without = sentenceFeatures({ words }, CONFIG, {}, NO_CONTEXT).feats;
    const withGaz = sentenceFeatures({ words }, CONFIG, { gazetteer }, NO_CONTEXT).feats;
    expect(row(withGaz, 2).length).toBeGreaterThan(row(without, 2).length);
  });

  it('marks the longest gazetteer phrase: the exchange, not the city', () => {
    const marks = markGazetteer(gazetteer, ['on', 'the', 'new', 'york', 'stock', 'exchange']);
    expect([...marks.begin]).toEqual([0, 0, 2, 0, 0, 0]);
    expect([...marks.inside]).toEqual([0, 0, 0, 2, 2, 2]);
  });

  it('remembers a mixed-case form of a word for its all-caps headline use', () => {
    const context = documentContext([{ words: ['EU', 'REJECTS', 'GERMAN', 'CALL'] }, { words: ['The', 'German', 'call', 'was', 'rejected'] }]);
    expect(context.midForms.get('german')).toBe('German');
    expect(context.lowerSeen.has('call')).toBe(true);
    expect(context.lowerSeen.has('german')).toBe(false);
  });
});

describe('viterbi', () => {
  it('follows the transition scores when they outweigh a token score', () => {
    // Token 1 slightly prefers tag 0, but 1 → 1 is rewarded more than the difference.
    const scores = new Float32Array([0, 1, 0.5, 0]);
    const transitions = new Float32Array([0, 0, 0, 2, 0, 0]);
    expect([...viterbi(scores, 2, 2, transitions, new Uint8Array(6).fill(1))]).toEqual([1, 1]);
  });

  it('never takes a forbidden transition: BIO has no O → I-PER', () => {
    const tags = ['O', 'B-PER', 'I-PER'];
    const scores = new Float32Array([1, 0, 0, 0, 0, 5]);
    // Unconstrained, [O, I-PER] scores 6; the best allowed path is [B-PER, I-PER] at 5.
    expect([...viterbi(scores, 2, 3, new Float32Array(12), allowedTransitions(tags))]).toEqual([1, 2]);
  });
});

describe('averaged perceptron', () => {
  it('learns a tiny task: a capitalized word after "from" is a place, elsewhere a person', () => {
    const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
    const config: FeatureConfig = { bits: 14, groups: ['window'] };
    const data: [string[], string[]][] = [
      [['Anna', 'came', 'from', 'Rome'], ['B-PER', 'O', 'O', 'B-LOC']],
      [['Boris', 'flew', 'from', 'Oslo'], ['B-PER', 'O', 'O', 'B-LOC']],
      [['Carl', 'came', 'from', 'Lima'], ['B-PER', 'O', 'O', 'B-LOC']],
      [['Dora', 'flew', 'from', 'Kiev'], ['B-PER', 'O', 'O', 'B-LOC']],
    ];
    const p = perceptron(emptyModel(tags, config));
    const decode = bestPath(p.model);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [words, gold] of data) {
        tagDocument(p.model, [{ words }], {}, (features) => {
          const predicted = decode(features, 0);
          update(p, features, Int32Array.from(gold, (t) => tags.indexOf(t)), predicted);
          return predicted;
        });
      }
    }
    const model = averaged(p);
    const [path] = tagDocument(model, [{ words: ['Emil', 'came', 'from', 'Bonn'] }], {});
    expect(Array.from(path ?? [], (t) => tags[t])).toEqual(['B-PER', 'O', 'O', 'B-LOC']);
  });
});

describe('model files', () => {
  it('round-trip: tags, config and transitions exactly, weights within the Int16 step', () => {
    const model = emptyModel(['O', 'B-ORG', 'I-ORG'], { bits: 10, groups: ['affix'] });
    model.weights.forEach((_, k) => (model.weights[k] = Math.sin(k) * 3));
    model.transitions.set([1.5, -2, 0.25]);
    const back = deserializeModel(serializeModel(model));
    expect(back.tags).toEqual(model.tags);
    expect(back.config).toEqual(model.config);
    expect([...back.transitions]).toEqual([...model.transitions]);
    const step = 3 / 32767;
    expect(back.weights.every((w, k) => Math.abs(w - (model.weights[k] as number)) <= step)).toBe(true);
  });

  it('rejects a file that is not a model with E_MODEL_FORMAT', async () => {
    const { gzipSync } = await import('node:zlib');
    const json = Buffer.from('{"format":"other"}');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length);
    expect(() => deserializeModel(gzipSync(Buffer.concat([length, json])))).toThrow(/E_MODEL_FORMAT/);
  });
});

describe('tag spans', () => {
  it('reads BIO and IOB1 alike, as conlleval does', () => {
    expect(tagSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });
});
