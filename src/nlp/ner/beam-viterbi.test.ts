import { describe, expect, it } from 'vitest';
import { beamViterbi } from './beam-viterbi.js';
import { allowedTransitions } from './model.js';
import { viterbi } from './viterbi.js';

/** Deterministic pseudo-random scores in [-2, 2). */
function scores(count: number, seed: number): Float32Array {
  let x = seed;
  return Float32Array.from({ length: count }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x / 2 ** 32) * 4 - 2;
  });
}

describe('beam Viterbi', () => {
  it('is plain Viterbi when the beam holds every tag', () => {
    const T = 6;
    const n = 9;
    const emission = scores(n * T, 1);
    const transitions = scores((T + 1) * T, 2);
    const all = new Uint8Array((T + 1) * T).fill(1);
    expect([...beamViterbi(emission, n, T, transitions, all, T)]).toEqual([...viterbi(emission, n, T, transitions, all)]);
  });

  it('finds the best path among the kept tags: a transition can outweigh the best tag of a token', () => {
    // Tags 0, 1, 2; token 1 prefers tag 2 slightly, but 1 → 1 is rewarded; tag 0 is never in a beam of 2.
    const emission = new Float32Array([-5, 1, 0.9, -5, 0.9, 1]);
    const transitions = new Float32Array(12);
    transitions[1 * 3 + 1] = 1;
    expect([...beamViterbi(emission, 2, 3, transitions, new Uint8Array(12).fill(1), 2)]).toEqual([1, 1]);
  });

  it('falls back to every tag when the beam leaves no legal transition (BIO)', () => {
    const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
    // A beam of one keeps O for token 0 and I-PER for token 1: O → I-PER is illegal, so every
    // tag is tried, and B-PER I-PER (5.5) wins.
    const emission = new Float32Array([3, 2.5, 0, 0, 0, 0, 0, 3, 0, 0]);
    const path = beamViterbi(emission, 2, 5, new Float32Array(30), allowedTransitions(tags), 1);
    expect([...path]).toEqual([1, 2]);
    const labels = Array.from(path, (t) => tags[t]);
    labels.forEach((tag, i) => {
      if (tag?.startsWith('I-')) expect(labels[i - 1]?.slice(2)).toBe(tag.slice(2));
    });
  });
});
