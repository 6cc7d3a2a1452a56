import type { SentenceInput } from '../ner/features.js';
import type { LinearModel } from '../ner/model.js';
import type { TaggerResources } from '../ner/resources.js';
import { beamPath, bestPath, tagDocument } from '../ner/tagger.js';
import { beamViterbi } from '../ner/beam-viterbi.js';
import { viterbi } from '../ner/viterbi.js';
import { wordScorer, type SentenceScorer } from './word-scores.js';

const scorers = new WeakMap<LinearModel, SentenceScorer | null>();

/**
 * Tag indexes for each sentence from a POS or chunk model: scored with the word cache of
 * {@link wordScorer} when the model's features allow, else feature by feature as in training;
 * decoded by Viterbi, over each token's `beam` best tags when `beam` is given.
 *
 * @example
 * tagSentences(sharedTagger('pos.bin.gz'), [{ words: ['Putin', 'met', 'Trump'] }], 5) // [Int32Array [NNP, VBD, NNP] indexes]
 */
export function tagSentences(resources: TaggerResources, sentences: readonly SentenceInput[], beam?: number): Int32Array[] {
  const { model } = resources;
  let score = scorers.get(model);
  if (score === undefined) {
    score = wordScorer(model) ?? null;
    scorers.set(model, score);
  }
  if (score === null) return tagDocument(model, sentences, resources, beam === undefined ? bestPath(model) : beamPath(model, beam));
  const T = model.tags.length;
  return sentences.map((sentence) => {
    const scores = (score as SentenceScorer)(sentence);
    const n = sentence.words.length;
    return beam === undefined ? viterbi(scores, n, T, model.transitions, model.allowed) : beamViterbi(scores, n, T, model.transitions, model.allowed, beam);
  });
}
