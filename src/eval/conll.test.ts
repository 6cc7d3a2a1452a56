import { describe, expect, it } from 'vitest';
import { iob1ToBio, iterateConll } from './conll.js';

const SAMPLE = [
  '-DOCSTART- -X- -X- O', '',
  'EU NNP B-NP B-ORG', 'rejects VBZ B-VP O', '. . O O', '',
  'Peter NNP B-NP B-PER', 'Blackburn NNP I-NP I-PER', '',
  '-DOCSTART- -X- -X- O', '',
  'LONDON NNP B-NP B-LOC', '',
].join('\n');

describe('iterateConll', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines', () => {
    const docs = [...iterateConll(SAMPLE)];
    expect(docs.map((d) => d.sentences.map((s) => s.tokens.map((t) => t.form)))).toEqual([
      [['EU', 'rejects', '.'], ['Peter', 'Blackburn']],
      [['LONDON']],
    ]);
  });

  it('keeps every column and the line numbers', () => {
    const [doc] = iterateConll(SAMPLE);
    expect(doc?.line).toBe(3);
    expect(doc?.sentences[1]?.line).toBe(7);
    expect(doc?.sentences[0]?.tokens[0]?.columns).toEqual(['EU', 'NNP', 'B-NP', 'B-ORG']);
  });

  it('reads two-column tab-separated files with CRLF and no -DOCSTART- as one document', () => {
    const docs = [...iterateConll('Paris\tB-LOC\r\nis\tO\r\n\r\nfine\tO')];
    expect(docs).toHaveLength(1);
    expect(docs[0]?.sentences.map((s) => s.tokens.map((t) => t.columns))).toEqual([
      [['Paris', 'B-LOC'], ['is', 'O']], [['fine', 'O']],
    ]);
  });

  it('yields nothing for empty input', () => {
    expect([...iterateConll('')]).toEqual([]);
    expect([...iterateConll('\n\n-DOCSTART- O\n\n')]).toEqual([]);
  });
});

describe('iob1ToBio', () => {
  it('starts every entity with B- and keeps B- between adjacent entities', () => {
    expect(iob1ToBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
  });
});
