import type { PosTag, Sentence, Token } from '../../doc/index.js';
import type { TaggerResources } from '../ner/resources.js';
import { tagDocument } from '../ner/tagger.js';

/** The tag of a token no sentence covers (none do when sentences tile the tokens, as ours do). */
const UNTAGGED = 'XX';

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
  const { model } = resources;
  const tags: string[] = new Array<string>(tokens.length).fill(UNTAGGED);
  const inputs = sentences.map((s) => ({ words: tokens.slice(s.tokenStart, s.tokenEnd).map((t) => text.slice(t.start, t.end)) }));
  tagDocument(model, inputs, resources).forEach((path, k) => {
    const first = sentences[k]?.tokenStart ?? 0;
    path.forEach((t, i) => {
      tags[first + i] = model.tags[t] ?? UNTAGGED;
    });
  });
  return tokens.map((t, i) => ({ start: t.start, end: t.end, tag: tags[i] as string }));
}
