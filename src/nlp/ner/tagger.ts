import { coordinations, documentContext, sentenceFeatures, setCoordination, setHistory, type FeatureResources, type SentenceFeatures, type SentenceInput } from './features.js';
import { edgeScores } from './edges.js';
import { emissions, type LinearModel } from './model.js';
import { viterbi } from './viterbi.js';
import { beamViterbi } from './beam-viterbi.js';
import { wordScorer, type WordScorer } from './word-cache.js';

/** Chooses a sentence's tag path from its features; training passes one that also learns. */
export type Decoder = (features: SentenceFeatures, sentence: number) => Int32Array;

/** The plain decoder: Viterbi over the model's scores (tag-bigram features included when the model has them). */
export function bestPath(model: LinearModel): Decoder {
  return ({ feats, length, edges, base }) =>
    viterbi(emissions(model, feats, length, base), length, model.tags.length, model.transitions, model.allowed, edges && edgeScores(model, edges, length));
}

/**
 * Viterbi over each token's `beam` best tags ({@link beamViterbi}): fast, nearly always the same
 * path. A model with tag-bigram features is decoded in full: its per-token transition scores
 * can promote a tag that the beam, chosen on token scores alone, would have left out.
 */
export function beamPath(model: LinearModel, beam: number): Decoder {
  if ((model.config.edges ?? []).length > 0) return bestPath(model);
  return ({ feats, length, base }) => beamViterbi(emissions(model, feats, length, base), length, model.tags.length, model.transitions, model.allowed, beam);
}

const scorers = new WeakMap<LinearModel, { resources: FeatureResources; score: WordScorer | undefined }>();

/** The {@link wordScorer} of a model and its resources, built on first use and kept with the model. */
function sharedWordScorer(model: LinearModel, resources: FeatureResources): WordScorer | undefined {
  let entry = scorers.get(model);
  if (entry?.resources !== resources) {
    entry = { resources, score: wordScorer(model, resources) };
    scorers.set(model, entry);
  }
  return entry.score;
}

/** Options of {@link tagDocument} used in training. */
export interface TagOptions {
  /** Word dropout: whether token `i` of sentence `s` loses its identity features. */
  readonly drop?: (s: number, i: number) => boolean;
}

/**
 * Tags one document sentence by sentence, in order, so that what earlier sentences were tagged
 * feeds the history feature of later ones. A sentence with coordinated capitalized runs ("X and
 * Y") is decoded twice: the first pass types the conjuncts for the coordination feature of the
 * second. Returns tag indexes per sentence.
 *
 * @example
 * tagDocument(model, [{ words: ['Merkel', 'met', 'Putin'] }], resources)[0] // Int32Array [B-PER, O, B-PER] indexes
 */
export function tagDocument(
  model: LinearModel,
  sentences: readonly SentenceInput[],
  resources: FeatureResources,
  decode: Decoder = bestPath(model),
  options: TagOptions = {},
): Int32Array[] {
  const withHistory = model.config.groups.includes('document');
  const context = documentContext(withHistory ? sentences : []);
  const votes = new Map<string, Map<string, number>>();
  const history = new Map<string, string>();
  const { drop } = options;
  const scoreWords = drop ? undefined : sharedWordScorer(model, resources);
  return sentences.map((sentence, s) => {
    const extracted = scoreWords
      ? sentenceFeatures(sentence, model.config, resources, context, { wordCached: true })
      : sentenceFeatures(sentence, model.config, resources, context, drop ? { drop: (i) => drop(s, i) } : {});
    const features = scoreWords ? { ...extracted, base: scoreWords(sentence.words) } : extracted;
    const lower = withHistory ? sentence.words.map((w) => w.toLowerCase()) : [];
    if (withHistory) setHistory(features, lower, history, model.config.bits);
    const pairs = withHistory ? coordinations(sentence.words) : [];
    if (pairs.length > 0) {
      // First pass (no learning) to type the conjuncts; the decoder then sees each name's partner type.
      const first = bestPath(model)(features, s);
      const labels = Array.from(first, (t) => { const tag = model.tags[t] ?? 'O'; return tag === 'O' ? 'O' : tag.slice(2); });
      setCoordination(features, pairs, labels, model.config.bits);
    }
    const path = decode(features, s);
    if (withHistory) remember(model.tags, sentence.words, lower, path, votes, history);
    return path;
  });
}

/** Counts the type each capitalized word was given and keeps the majority in `history`. */
function remember(
  tags: readonly string[],
  words: readonly string[],
  lower: readonly string[],
  path: Int32Array,
  votes: Map<string, Map<string, number>>,
  history: Map<string, string>,
): void {
  words.forEach((w, i) => {
    if (w === lower[i]) return;
    const tag = tags[path[i] as number] as string;
    const label = tag === 'O' ? 'O' : tag.slice(2);
    const key = lower[i] as string;
    const counts = votes.get(key) ?? new Map<string, number>();
    counts.set(label, (counts.get(label) ?? 0) + 1);
    votes.set(key, counts);
    let best = label;
    for (const [l, c] of counts) if (c > (counts.get(best) ?? 0)) best = l;
    history.set(key, best);
  });
}
