import type { Random } from './random.js';
import type { DenseMatrix, SparseMatrix } from './sparse.js';
import { randomizedSvd } from './svd.js';

/**
 * Singular-value weighting exponent: rows become `U · Σ^0.5`. Levy et al. (2015) found weights
 * below 1 better for word similarity; with 1 the first few directions (frequency, "is it a
 * number") dominate every cosine.
 */
const SINGULAR_WEIGHT = 0.5;

/**
 * Dense unit-length word vectors from a PPMI matrix: a rank-`dims` randomized SVD, weighted by
 * `Σ^0.5`, each row scaled to length 1 so cosine is a dot product and k-means compares direction
 * (how a word is used), not length (how often it is seen).
 */
export function wordVectors(ppmiMatrix: SparseMatrix, dims: number, random: Random): DenseMatrix {
  const { u, s } = randomizedSvd(ppmiMatrix, { rank: dims, random });
  const { rows, cols, data } = u;
  const out = Float64Array.from(data);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let c = 0; c < cols; c++) {
      const v = (out[r * cols + c] ?? 0) * (s[c] ?? 0) ** SINGULAR_WEIGHT;
      out[r * cols + c] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let c = 0; c < cols; c++) out[r * cols + c] = (out[r * cols + c] ?? 0) / norm;
  }
  return { rows, cols, data: out };
}
