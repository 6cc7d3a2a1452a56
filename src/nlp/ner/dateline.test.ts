import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../paragraphs.js';
import { splitSentences } from '../sentences.js';
import { tokenize } from '../tokenize.js';
import { datelineAgencies } from './dateline.js';

function agencies(text: string): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, splitParagraphs(text));
  return datelineAgencies(text, tokens, sentences).map((r) => text.slice(tokens[r.start]!.start, tokens[r.end - 1]!.end));
}

describe('datelineAgencies', () => {
  it('finds the agency between a dateline place and its dash', () => {
    expect(agencies('GENEVA (Reuters) - Talks resumed on Monday.')).toEqual(['Reuters']);
    expect(agencies('PARIS, Texas, 9 April 2025 (Newsgraph Wire) — A tornado hit the city.')).toEqual(['Newsgraph Wire']);
  });

  it('leaves brackets in prose alone', () => {
    expect(agencies('The talks (which resumed on Monday) - at last - went well.')).toEqual([]);
    expect(agencies('On Monday (local time) - officials said.')).toEqual([]);
    expect(agencies('GENEVA (Reuters) Talks resumed on Monday.')).toEqual([]);
  });
});
