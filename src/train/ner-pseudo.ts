import type { LabelledDocument } from './ner-data.js';
import { shuffle } from './shuffle.js';

/** One unlabeled sentence as every teacher model tagged it (BIO tags, one path per model). */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly paths: readonly (readonly string[])[];
}

/**
 * The sentences worth learning from: every teacher gave the same tags, at least one entity is
 * among them, and no word holds whitespace (the CoNLL file they go to splits on it). Agreement of
 * differently seeded models is the confidence test: where they differ one of them is wrong.
 *
 * @example
 * agreedSentences([{ words: ['Kohl', 'spoke'], paths: [['B-PER', 'O'], ['B-PER', 'O']] }]) // [{ words: ['Kohl', 'spoke'], tags: ['B-PER', 'O'] }]
 */
export function agreedSentences(sentences: readonly TaggedSentence[]): { words: readonly string[]; tags: readonly string[] }[] {
  const kept: { words: readonly string[]; tags: readonly string[] }[] = [];
  for (const { words, paths } of sentences) {
    const first = paths[0];
    if (first === undefined || words.length === 0) continue;
    if (!paths.every((p) => p.length === first.length && p.every((t, i) => t === first[i]))) continue;
    if (!first.some((t) => t !== 'O')) continue;
    if (words.some((w) => w.length === 0 || /\s/.test(w))) continue;
    kept.push({ words, tags: first });
  }
  return kept;
}

/**
 * CoNLL-2003 text for pseudo-labelled documents: `-DOCSTART-`, then one `word _ _ TAG` line per
 * token and a blank line after each sentence. The tags are BIO, which the reader takes as is.
 */
export function formatPseudoConll(docs: readonly { words: readonly string[]; tags: readonly string[] }[][]): string {
  const lines: string[] = [];
  for (const doc of docs) {
    lines.push('-DOCSTART- -X- -X- O', '');
    for (const sentence of doc) {
      sentence.words.forEach((w, i) => lines.push(`${w} _ _ ${sentence.tags[i] ?? 'O'}`));
      lines.push('');
    }
  }
  return lines.join('\n');
}

/**
 * Whole documents drawn from `pool` in a seeded order until they hold at least `sentences`
 * sentences (all of the pool when it holds fewer).
 */
export function samplePseudo(pool: readonly LabelledDocument[], sentences: number, seed: number): LabelledDocument[] {
  const out: LabelledDocument[] = [];
  let count = 0;
  for (const doc of shuffle(pool, seed)) {
    if (count >= sentences) break;
    out.push(doc);
    count += doc.sentences.length;
  }
  return out;
}
