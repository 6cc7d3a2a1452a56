import { describe, expect, it } from 'vitest';
import { documentContext, sentenceFeatures, type FeatureConfig, type SentenceInput } from '../ner/features.js';
import { emissions, emptyModel, type LinearModel } from '../ner/model.js';
import { loadTagger } from '../ner/resources.js';
import { wordScorer } from './word-scores.js';
import { expectClose, randomModel } from '../../../test/helpers/scores.js';

const SENTENCES: SentenceInput[] = [
  { words: ['The', 'U.S.-led', 'coalition', 'struck', '3', 'targets', 'near', 'Raqqa', 'on', 'Monday', '.'] },
  { words: ['EU', 'REJECTS', 'GERMAN', 'CALL'] },
  { words: ['Hello'] },
  { words: ['Zürich', 'and', 'São', 'Paulo', 'agreed', '.'], pos: ['NNP', 'CC', 'NNP', 'NNP', 'VBD', '.'] },
  { words: ['She', 'said', 'it', 'would', 'rain'], pos: ['PRP', 'VBD', 'PRP', 'MD'] },
];

/** The scores training computes: all features of each token, summed one by one. */
function reference(model: LinearModel, sentence: SentenceInput): Float32Array {
  const { feats, length } = sentenceFeatures(sentence, model.config, {}, documentContext([]));
  return emissions(model, feats, length);
}

/** A tagging model with this file's tags and pseudo-random weights. */
function randomTagger(config: FeatureConfig): LinearModel {
  return randomModel(['NN', 'VB', 'DT', 'JJ', 'IN'], config, 7);
}

describe('word-cached scores', () => {
  it('equal the feature-by-feature scores for affix, window and POS features, words seen once or again', () => {
    const model = randomTagger({ bits: 12, groups: ['affix', 'window', 'pos'] });
    const score = wordScorer(model);
    expect(score).toBeDefined();
    for (let pass = 0; pass < 2; pass++) for (const s of SENTENCES) expectClose(score?.(s) ?? new Float32Array(), reference(model, s));
  });

  it('follow the groups a model was trained with', () => {
    const model = randomTagger({ bits: 12, groups: ['window'] });
    for (const s of SENTENCES) expectClose(wordScorer(model)?.(s) ?? new Float32Array(), reference(model, s));
  });

  it('are not offered for other feature groups or for a model in training', () => {
    expect(wordScorer(randomTagger({ bits: 12, groups: ['affix', 'gazetteer'] }))).toBeUndefined();
    expect(wordScorer(emptyModel(['NN'], { bits: 12, groups: ['affix'] }))).toBeUndefined();
  });

  it('equal the committed POS and chunk models’ feature-by-feature scores', () => {
    for (const file of ['pos.bin.gz', 'chunk.bin.gz']) {
      const { model } = loadTagger(file);
      const score = wordScorer(model);
      expect(score).toBeDefined();
      for (const s of SENTENCES) expectClose(score?.(s) ?? new Float32Array(), reference(model, s));
    }
  });
});
