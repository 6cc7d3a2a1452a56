import { describe, expect, it } from 'vitest';
import { parseClusters } from '../../resources/clusters.js';
import { documentContext, sentenceFeatures, type DocumentContext, type FeatureConfig, type FeatureResources, type SentenceInput } from './features.js';
import { createGazetteer, GAZETTEER_TYPES } from './gazetteer.js';
import { emissions, emptyModel, type LinearModel } from './model.js';
import { loadTagger } from './resources.js';
import { tagDocument } from './tagger.js';
import { wordScorer } from './word-cache.js';
import { expectClose, randomModel } from '../../../test/helpers/scores.js';

const SENTENCES: SentenceInput[] = [
  { words: ['President', 'Vladimir', 'Putin', 'met', 'Anna', 'Kowalczyk', 'in', 'New', 'York', '.'] },
  { words: ['EU', 'REJECTS', 'GERMAN', 'CALL', 'TO', 'BOYCOTT', 'BRITISH', 'LAMB'] },
  { words: ['Hello'] },
  { words: ['The', 'U.S.-led', 'coalition', 'struck', 'near', 'Raqqa', 'on', 'Monday', ',', 'Putin', 'said', '.'] },
];

const CONFIG: FeatureConfig = { bits: 14, groups: ['affix', 'window', 'gazetteer', 'clusters', 'document', 'names'] };

const RESOURCES: FeatureResources = {
  gazetteer: {
    ...createGazetteer(
      new Map([
        ['vladimir putin', { types: 1 << GAZETTEER_TYPES.indexOf('PER') }],
        ['new york', { types: 1 << GAZETTEER_TYPES.indexOf('CITY') }],
      ]),
    ),
    listedGiven: new Set(['anna', 'vladimir']),
    listedFamily: new Set(['kowalczyk']),
  },
  clusters: parseClusters('# newsgraph word clusters v1 test\nputin\tk64:3\tk256:40\nmonday\tk64:9\tk256:7\nyork\tk64:3\tk256:41\nmet\tk64:1\tk256:2\n'),
};

/** The scores training computes: every feature of the full rows, summed one by one. */
function reference(model: LinearModel, sentence: SentenceInput, context: DocumentContext): Float32Array {
  const { feats, length } = sentenceFeatures(sentence, model.config, RESOURCES, context);
  return emissions(model, feats, length);
}

/** The tagging scores: the rows without the word features, added to the word-cached sums. */
function cached(model: LinearModel, sentence: SentenceInput, context: DocumentContext): Float32Array {
  const score = wordScorer(model, RESOURCES);
  expect(score).toBeDefined();
  const { feats, length } = sentenceFeatures(sentence, model.config, RESOURCES, context, { wordCached: true });
  return emissions(model, feats, length, score?.(sentence.words));
}

/** A tagging model with this file's tags and pseudo-random weights. */
function randomTagger(config: FeatureConfig): LinearModel {
  return randomModel(['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'], config, 11);
}

describe('word-cached entity scores', () => {
  const context = documentContext(SENTENCES);

  it('equal the feature-by-feature scores with every entity feature group, words seen once or again', () => {
    const model = randomTagger(CONFIG);
    for (let pass = 0; pass < 2; pass++) for (const s of SENTENCES) expectClose(cached(model, s, context), reference(model, s, context));
  });

  it('follow the groups a model was trained with', () => {
    for (const groups of [['window'], ['affix', 'clusters'], ['gazetteer', 'names']] as const) {
      const model = randomTagger({ bits: 12, groups });
      for (const s of SENTENCES) expectClose(cached(model, s, context), reference(model, s, context));
    }
  });

  it('are not offered for a model in training or one with tag-bigram features', () => {
    expect(wordScorer(emptyModel(['O'], CONFIG), RESOURCES)).toBeUndefined();
    expect(wordScorer(randomTagger({ ...CONFIG, edges: ['shape'] }), RESOURCES)).toBeUndefined();
  });

  it('give the committed entity model the tags of its full rows', () => {
    const resources = loadTagger('ner.bin.gz');
    const { model } = resources;
    for (const s of SENTENCES) {
      const { feats, length } = sentenceFeatures(s, model.config, resources, context);
      const score = wordScorer(model, resources)?.(s.words);
      const rows = sentenceFeatures(s, model.config, resources, context, { wordCached: true });
      expectClose(emissions(model, rows.feats, rows.length, score), emissions(model, feats, length));
    }
    const tags = tagDocument(model, SENTENCES, resources).map((path) => Array.from(path, (t) => model.tags[t]));
    expect(tags[0]?.slice(1, 3)).toEqual(['B-PER', 'I-PER']);
  });
});
