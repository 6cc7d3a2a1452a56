import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc } from '../doc/index.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

function layers(text: string) {
  const tokens = tokenize(text);
  const paragraphs = splitParagraphs(text);
  return { paragraphs, tokens, sentences: splitSentences(text, tokens, paragraphs) };
}

function sentences(text: string): string[] {
  return layers(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at stops, question and exclamation marks', () => {
    expect(sentences('It rained. Did it stop? No! It went on.')).toEqual(['It rained.', 'Did it stop?', 'No!', 'It went on.']);
  });

  it('does not split after name prefixes and initials', () => {
    const text = 'Gen. Lebed met Mr. Smith and George W. Bush on Jan. 5 at No. 10 with J.K. Rowling about Roe v. Wade.';
    expect(sentences(text)).toEqual([text]);
  });

  it('does not split after an acronym before a name or a lowercase word', () => {
    expect(sentences('U.S. officials met the U.S. Treasury at 10 a.m. Monday.')).toHaveLength(1);
  });

  it('splits after a sentence-final abbreviation before a sentence opener', () => {
    expect(sentences('The talks were held in the U.S. The next day they ended.')).toEqual([
      'The talks were held in the U.S.', 'The next day they ended.',
    ]);
    expect(sentences('Shares rose at Acme Inc. It was a good day.')).toHaveLength(2);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentences('He said "stop." Then he left.')).toEqual(['He said "stop."', 'Then he left.']);
    expect(sentences('“Go now.” She went.')).toEqual(['“Go now.”', 'She went.']);
  });

  it('keeps a speaker after a quotation closed by a period', () => {
    expect(sentences('“We will win.” Trump said. Then he left.')).toEqual(['“We will win.” Trump said.', 'Then he left.']);
    expect(sentences('“We will win.” The crowd cheered.')).toHaveLength(2);
    expect(sentences('“We will win.” He said that again.')).toHaveLength(2);
  });

  it('lets a quotation span sentences', () => {
    expect(sentences('"I was there. It was bad," he said.')).toEqual(['"I was there.', 'It was bad," he said.']);
  });

  it('does not split inside decimals, money or URLs', () => {
    const text = 'Profit rose 2.5% to $1.5 billion, see www.example.com for 3,000 pages.';
    expect(sentences(text)).toEqual([text]);
  });

  it('does not split before a lowercase word after a stop or an ellipsis', () => {
    expect(sentences('He paused ... and went on. "Why?" he asked.')).toEqual(['He paused ... and went on.', '"Why?" he asked.']);
  });

  it('splits after an ellipsis before a capital', () => {
    expect(sentences('He waited... Nobody came.')).toEqual(['He waited...', 'Nobody came.']);
  });

  it('makes the headline and the dateline sentences of their own', () => {
    const text = 'Russia and U.S. agree to talks\nMOSCOW 1996-08-30\nThe two sides met on Friday.';
    expect(sentences(text)).toEqual(['Russia and U.S. agree to talks', 'MOSCOW 1996-08-30', 'The two sides met on Friday.']);
  });

  it('keeps an inline dateline in the first sentence', () => {
    expect(sentences('MOSCOW (Reuters) - The two sides met. They talked.')).toEqual([
      'MOSCOW (Reuters) - The two sides met.', 'They talked.',
    ]);
  });

  it('makes a bullet its own sentence even inside a paragraph', () => {
    expect(sentences('Reported by the team • Leroy Wright')).toEqual(['Reported by the team', '• Leroy Wright']);
    expect(sentences('Reported by the team.\n• Leroy Wright')).toEqual(['Reported by the team.', '• Leroy Wright']);
  });

  it('never crosses a paragraph boundary', () => {
    expect(sentences('No final stop here\n\nsecond paragraph starts lowercase')).toHaveLength(2);
  });

  it('gives token ranges that match the spans', () => {
    const text = 'One sentence. Two sentences.';
    const { tokens, sentences: found } = layers(text);
    expect(found.map((s) => [s.tokenStart, s.tokenEnd])).toEqual([[0, 3], [3, 6]]);
    for (const s of found) {
      expect(s.start).toBe(tokens[s.tokenStart]?.start);
      expect(s.end).toBe(tokens[s.tokenEnd - 1]?.end);
    }
  });

  it('produces valid layers and never throws on odd input', () => {
    const odd = ['', '  ', '. . . ! ?', '\ud800.\udc00. X', 'a.'.repeat(100_000), '"""', 'U.S.', 'Mr.\n\nMr.'];
    for (const text of odd) {
      const doc = { ...createDoc(text, { format: 'text' }), layers: layers(text) };
      expect(validateDoc(doc)).toEqual([]);
    }
  });

  it('accepts tokens without paragraphs', () => {
    const text = 'A b. C d.';
    expect(splitSentences(text, tokenize(text), [])).toHaveLength(2);
  });
});
