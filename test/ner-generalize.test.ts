import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures, WIDTH, type FeatureConfig } from '../src/nlp/ner/features.js';
import { createGazetteer } from '../src/nlp/ner/gazetteer.js';

const CONFIG: FeatureConfig = { bits: 18, groups: ['affix', 'window', 'gazetteer'] };
const NO_CONTEXT = documentContext([]);
const PER = 1;
const LOC = 4;

/** The features of token `i` as a set of buckets. */
function row(feats: Int32Array, i: number): Set<number> {
  return new Set([...feats.subarray(i * WIDTH, (i + 1) * WIDTH)].filter((b) => b >= 0));
}

describe('name lists derived from the person gazetteer', () => {
  const gazetteer = createGazetteer(new Map([
    ['angela merkel', { types: PER }],
    ['jordan', { types: LOC, country: 'JOR' }],
    ['michael jordan', { types: PER }],
    ['merkel', { types: PER }],
  ]));

  it('lists first words and last words of names of two or more words', () => {
    expect([...(gazetteer.firstNames ?? [])].sort()).toEqual(['angela', 'michael']);
    expect(gazetteer.surnames?.has('merkel')).toBe(true);
  });

  it('leaves out a word that is also a place ("Jordan")', () => {
    expect(gazetteer.surnames?.has('jordan')).toBe(false);
  });

  it('gives an unseen surname after a known first name features it lacks without the gazetteer', () => {
    const words = ['Angela', 'Smithson', 'spoke'];
    const withGaz = row(sentenceFeatures({ words }, CONFIG, { gazetteer }, NO_CONTEXT).feats, 1);
    const without = row(sentenceFeatures({ words }, CONFIG, {}, NO_CONTEXT).feats, 1);
    expect(withGaz.size).toBeGreaterThan(without.size);
  });
});

describe('person-title cue', () => {
  const gazetteer = createGazetteer(new Map());

  it('fires on the word after a title and not after an ordinary word', () => {
    const after = row(sentenceFeatures({ words: ['President', 'Trump', 'said'] }, CONFIG, { gazetteer }, NO_CONTEXT).feats, 1);
    const plain = row(sentenceFeatures({ words: ['Airline', 'Trump', 'said'] }, CONFIG, { gazetteer }, NO_CONTEXT).feats, 1);
    const shared = [...after].filter((b) => plain.has(b)).length;
    // Window words differ by two (−1 word, −1/0 bigram); the title cue is one more.
    expect(after.size - shared).toBe(3);
  });
});

describe('word dropout', () => {
  it('removes the word, affix and own-cluster features of the dropped token only', () => {
    const words = ['Trump', 'added'];
    const clusters = { features: (w: string) => (w === 'Trump' ? ['k64:1'] : []) };
    const config: FeatureConfig = { bits: 18, groups: ['affix', 'window', 'clusters'] };
    const full = sentenceFeatures({ words }, config, { clusters }, NO_CONTEXT).feats;
    const dropped = sentenceFeatures({ words }, config, { clusters }, NO_CONTEXT, { drop: (i) => i === 0 }).feats;
    // word, lower-cased word, 4 prefixes, 4 suffixes, 1 cluster
    expect(row(full, 0).size - row(dropped, 0).size).toBe(11);
    expect(row(dropped, 1)).toEqual(row(full, 1));
  });
});
