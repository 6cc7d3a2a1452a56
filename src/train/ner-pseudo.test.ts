import { describe, expect, it } from 'vitest';
import { iterateConll } from '../eval/conll.js';
import { agreedSentences, formatPseudoConll, samplePseudo } from './ner-pseudo.js';

describe('agreedSentences', () => {
  it('keeps sentences the teachers tag alike with an entity, and drops the rest', () => {
    const kept = agreedSentences([
      { words: ['Kohl', 'met', 'Yeltsin'], paths: [['B-PER', 'O', 'B-PER'], ['B-PER', 'O', 'B-PER']] },
      { words: ['Kohl', 'met', 'Yeltsin'], paths: [['B-PER', 'O', 'B-PER'], ['B-ORG', 'O', 'B-PER']] },
      { words: ['It', 'rained'], paths: [['O', 'O'], ['O', 'O']] },
      { words: ['New York', 'rose'], paths: [['B-LOC', 'O'], ['B-LOC', 'O']] },
    ]);
    expect(kept).toEqual([{ words: ['Kohl', 'met', 'Yeltsin'], tags: ['B-PER', 'O', 'B-PER'] }]);
  });
});

describe('formatPseudoConll', () => {
  it('writes documents the CoNLL reader reads back word for word and tag for tag', () => {
    const text = formatPseudoConll([[{ words: ['Acme', 'Corp', 'fell'], tags: ['B-ORG', 'I-ORG', 'O'] }], [{ words: ['Paris'], tags: ['B-LOC'] }]]);
    const docs = [...iterateConll(text)];
    expect(docs).toHaveLength(2);
    expect(docs[0]?.sentences[0]?.tokens.map((t) => [t.form, t.columns[3]])).toEqual([['Acme', 'B-ORG'], ['Corp', 'I-ORG'], ['fell', 'O']]);
    expect(docs[1]?.sentences[0]?.tokens.map((t) => t.form)).toEqual(['Paris']);
  });
});

describe('samplePseudo', () => {
  const doc = (n: number) => ({ sentences: Array.from({ length: n }, () => ({ words: ['x'] })), tags: Array.from({ length: n }, () => ['O']) });
  const pool = [doc(2), doc(3), doc(1), doc(4)];

  it('draws whole documents until the sentence budget is met, the same for the same seed', () => {
    const a = samplePseudo(pool, 4, 7);
    expect(a.reduce((n, d) => n + d.sentences.length, 0)).toBeGreaterThanOrEqual(4);
    expect(samplePseudo(pool, 4, 7)).toEqual(a);
  });

  it('gives the whole pool when the budget exceeds it', () => {
    expect(samplePseudo(pool, 100, 1)).toHaveLength(4);
  });
});
