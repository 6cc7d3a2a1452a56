import type { PosTag, Sentence, Token } from '../../doc/index.js';
import type { SentenceInput } from '../ner/features.js';
import type { TaggerResources } from '../ner/resources.js';
import { tagSentences } from './decode.js';

/** The tag of a token no sentence covers (none do when sentences tile the tokens, as ours do). */
const UNTAGGED = 'XX';

/**
 * Tags the POS decoder keeps per token: Viterbi over each token's 5 best tags instead of all 45
 * is ~10× faster and changes 0.05% of the tags on BBC news (CoNLL dev accuracy in
 * docs/benchmarks.md, `newsgraph eval syntax`).
 */
export const POS_BEAM = 5;

/**
 * Part-of-speech tags of each sentence's words, sentence by sentence.
 *
 * @example
 * tagWords([{ words: ['Putin', 'met', 'Trump'] }], sharedTagger('pos.bin.gz')) // [['NNP', 'VBD', 'NNP']]
 */
export function tagWords(sentences: readonly SentenceInput[], resources: TaggerResources): string[][] {
  const { model } = resources;
  return tagSentences(resources, sentences, POS_BEAM).map((path) => Array.from(path, (t) => model.tags[t] ?? UNTAGGED));
}

/**
 * Tags every token with its part of speech using the POS model (`models/pos.bin.gz`, the same
 * perceptron machinery as the entity model), sentence by sentence. Returns one {@link PosTag} per
 * token, with the token's span.
 *
 * @example
 * tagPartsOfSpeech(text, tokens, sentences, sharedTagger('pos.bin.gz'))
 * // [{start: 0, end: 6, tag: 'NNP'}, {start: 7, end: 17, tag: 'NNP'}, …]
 */
export function tagPartsOfSpeech(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  resources: TaggerResources,
): PosTag[] {
  const tags: string[] = new Array<string>(tokens.length).fill(UNTAGGED);
  const inputs = sentences.map((s) => ({ words: tokens.slice(s.tokenStart, s.tokenEnd).map((t) => text.slice(t.start, t.end)) }));
  tagWords(inputs, resources).forEach((sentenceTags, k) => {
    const first = sentences[k]?.tokenStart ?? 0;
    sentenceTags.forEach((tag, i) => {
      tags[first + i] = tag;
    });
  });
  return tokens.map((t, i) => ({ start: t.start, end: t.end, tag: tags[i] as string }));
}
