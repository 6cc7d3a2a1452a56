import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc } from '../doc/index.js';
import { tokenize } from './tokenize.js';

/** The token texts, for readable expectations. */
function forms(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

describe('tokenize', () => {
  it('splits clitics the CoNLL way', () => {
    expect(forms("Germany's team didn't win, can't win and won't.")).toEqual([
      'Germany', "'s", 'team', 'did', "n't", 'win', ',', 'ca', "n't", 'win', 'and', 'wo', "n't", '.',
    ]);
  });

  it('splits curly-apostrophe clitics but keeps names with apostrophes whole', () => {
    expect(forms('O’Brien’s and O\'Neill\'s')).toEqual(['O’Brien', '’s', 'and', "O'Neill", "'s"]);
  });

  it('keeps hyphenated words, dates and scores whole', () => {
    expect(forms('a short-lived 6-4 win on 1996-08-30 -- really')).toEqual([
      'a', 'short-lived', '6-4', 'win', 'on', '1996-08-30', '--', 'really',
    ]);
  });

  it('keeps abbreviations, acronyms and initials with their period', () => {
    expect(forms('Mr. Smith of Acme Inc. met U.S. Gen. Lee at 10 a.m. with J.K. Rowling and George W. Bush'))
      .toEqual(['Mr.', 'Smith', 'of', 'Acme', 'Inc.', 'met', 'U.S.', 'Gen.', 'Lee', 'at', '10', 'a.m.', 'with',
        'J.K.', 'Rowling', 'and', 'George', 'W.', 'Bush']);
  });

  it('gives the period of a sentence-final abbreviation to the sentence, as CoNLL does', () => {
    expect(forms('He works at Acme Inc. The firm grew.')).toEqual(['He', 'works', 'at', 'Acme', 'Inc', '.', 'The',
      'firm', 'grew', '.']);
  });

  it('keeps acronym compounds, trailing hyphens and clitics after abbreviations', () => {
    expect(forms("a U.S.-led force rated AA- at Acme Corp.'s plant")).toEqual(['a', 'U.S.-led', 'force', 'rated',
      'AA-', 'at', 'Acme', 'Corp.', "'s", 'plant']);
  });

  it('separates a sentence-final period from an ordinary word', () => {
    expect(forms('They said no.')).toEqual(['They', 'said', 'no', '.']);
  });

  it('reads money, decimals, thousands and percentages', () => {
    const text = 'It cost $1.5 billion, 3,000 jobs, 2.5% and £20m, or C$ 40.';
    expect(forms(text)).toEqual(['It', 'cost', '$', '1.5', 'billion', ',', '3,000', 'jobs', ',', '2.5', '%', 'and',
      '£', '20m', ',', 'or', 'C$', '40', '.']);
    expect(tokenize(text).filter((t) => t.kind === 'number').length).toBe(5);
  });

  it('makes URLs and e-mail addresses one token without trailing punctuation', () => {
    const text = 'See https://example.com/a?b=1. Write to jane.doe@example.co.uk.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [text.slice(t.start, t.end), t.kind])).toEqual([
      ['See', 'word'], ['https://example.com/a?b=1', 'url'], ['.', 'punct'], ['Write', 'word'], ['to', 'word'],
      ['jane.doe@example.co.uk', 'email'], ['.', 'punct'],
    ]);
  });

  it('keeps a bracket that belongs to a URL and leaves the enclosing one out', () => {
    expect(forms('(see https://en.wikipedia.org/wiki/Mercury_(planet)).')).toEqual(['(', 'see',
      'https://en.wikipedia.org/wiki/Mercury_(planet)', ')', '.']);
  });

  it('makes ellipses and runs of ?! one token', () => {
    expect(forms('Wait... what?! No…')).toEqual(['Wait', '...', 'what', '?!', 'No', '…']);
  });

  it('keeps list numbers at a line start with their period', () => {
    expect(forms('Results:\n1. Hever Golf Rose\n2. Tenby')).toEqual(['Results', ':', '1.', 'Hever', 'Golf', 'Rose',
      '2.', 'Tenby']);
  });

  it('does not take a date after a month abbreviation for a list number', () => {
    expect(forms('It is on Oct. 16. The vote follows.')).toEqual(['It', 'is', 'on', 'Oct.', '16', '.', 'The', 'vote',
      'follows', '.']);
  });

  it('splits quotes and brackets off words', () => {
    expect(forms('“Stop,” he said ("now").')).toEqual(['“', 'Stop', ',', '”', 'he', 'said', '(', '"', 'now', '"',
      ')', '.']);
  });

  it('produces a valid tokens layer and never throws on odd input', () => {
    const odd = ['', '   \n\t ', '?!.,;', '\ud800 lone \udc00 surrogates 😀', 'x'.repeat(1_000_000), "'''s n't",
      'a'.repeat(10) + '.'.repeat(10) + '@'.repeat(3), 'http://', '+.5 .-', '\u200b\u00a0'];
    for (const text of odd) {
      const doc = { ...createDoc(text, { format: 'text' }), layers: { tokens: tokenize(text) } };
      expect(validateDoc(doc)).toEqual([]);
    }
  });

  it('covers every visible character of the text exactly once', () => {
    const text = 'Ünïcödé naïve café — “quoted” «guillemets» 北京 2.5%!';
    const covered = tokenize(text).map((t) => text.slice(t.start, t.end)).join('');
    expect(covered).toBe(text.replace(/\s/g, ''));
  });
});
