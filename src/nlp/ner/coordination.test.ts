import { describe, expect, it } from 'vitest';
import { coordinations } from './features.js';

describe('coordinations', () => {
  it('pairs capitalized runs joined by a comma, "and" or "or", in both directions', () => {
    const pairs = coordinations(['said', 'Donald', 'Trump', 'and', 'Putin', ',', 'Merkel', 'or', 'May', 'and', 'others']);
    expect(pairs.map((p) => [p.start, p.end, p.otherStart, p.otherEnd, p.link])).toEqual([
      [1, 3, 4, 5, 1], [4, 5, 1, 3, 1],
      [4, 5, 6, 7, 0], [6, 7, 4, 5, 0],
      [6, 7, 8, 9, 1], [8, 9, 6, 7, 1],
    ]);
  });

  it('ignores runs not joined by a conjunction', () => {
    expect(coordinations(['Trump', 'met', 'Putin', 'in', 'Hamburg'])).toEqual([]);
  });
});
