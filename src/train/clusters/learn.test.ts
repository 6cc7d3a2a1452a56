import { describe, expect, it } from 'vitest';
import { learnClusters } from './learn.js';
import { seededRandom } from './random.js';

/**
 * Two tiny "languages" that never meet: animals between "the"/"a" and "runs"/"sleeps", colours
 * between "very"/"so" and "paint"/"ink". Each stream alternates a context word and a content word.
 */
function syntheticCorpus(): string[][] {
  const random = seededRandom(7);
  const pick = (words: readonly string[]): string => words[Math.floor(random.next() * words.length)] ?? '';
  const stream = (left: readonly string[], content: readonly string[], right: readonly string[]): string[] => {
    const tokens: string[] = [];
    for (let i = 0; i < 500; i++) tokens.push(pick(left), pick(content), pick(right));
    return tokens;
  };
  return [
    stream(['the', 'a'], ['cat', 'dog', 'cow', 'horse'], ['runs', 'sleeps']),
    stream(['very', 'so'], ['red', 'blue', 'green', 'yellow'], ['paint', 'ink']),
  ];
}

describe('learnClusters', () => {
  const learned = learnClusters(syntheticCorpus(), { minCount: 5, fitMinCount: 5, contextWords: 50, dims: 6, ks: [6], seed: 1 });
  const cluster = (word: string): number | undefined => learned.assignments[0]?.[learned.words.indexOf(word)];

  it('puts words used alike in one cluster', () => {
    expect(new Set(['cat', 'dog', 'cow', 'horse'].map(cluster)).size).toBe(1);
    expect(new Set(['red', 'blue', 'green', 'yellow'].map(cluster)).size).toBe(1);
  });

  it('keeps words with disjoint contexts apart', () => {
    expect(cluster('cat')).not.toBe(cluster('red'));
    expect(cluster('cat')).not.toBe(cluster('the'));
  });

  it('is deterministic for a seed', () => {
    const again = learnClusters(syntheticCorpus(), { minCount: 5, fitMinCount: 5, contextWords: 50, dims: 6, ks: [6], seed: 1 });
    expect(again.assignments).toEqual(learned.assignments);
  });
});
