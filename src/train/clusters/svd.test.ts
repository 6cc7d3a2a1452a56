import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import type { SparseMatrix } from './sparse.js';
import { randomizedSvd } from './svd.js';

describe('randomizedSvd', () => {
  it('recovers the singular values of a small matrix, largest first', () => {
    // Columns scaled by 1, 5 and 3 of an orthogonal pattern: singular values 5, 3, 1.
    const a: SparseMatrix = { rows: 3, cols: 3, rowStart: Int32Array.of(0, 1, 2, 3), col: Int32Array.of(1, 0, 2), value: Float64Array.of(5, 1, 3) };
    const { u, s } = randomizedSvd(a, { rank: 2, random: seededRandom(1) });
    expect(Array.from(s)).toEqual([expect.closeTo(5, 9), expect.closeTo(3, 9)]);
    // The first left singular vector is ±e0 (the row holding the 5).
    expect(Math.abs(u.data[0] ?? 0)).toBeCloseTo(1, 9);
  });
});
