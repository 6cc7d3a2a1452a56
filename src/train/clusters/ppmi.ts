import type { SparseMatrix } from './sparse.js';

/**
 * Context-distribution smoothing exponent (Levy, Goldberg & Dagan 2015): raising context counts to
 * 0.75 before normalising stops rare contexts from getting huge PMI values. Without it a word seen
 * once next to a rare column would look as close to it as "monday" is to "on".
 */
const CONTEXT_SMOOTHING = 0.75;

/**
 * Positive pointwise mutual information of a word × context count matrix, as a new matrix with the
 * same sparsity: `max(0, log(p(w, c) / (p(w) · p̂(c))))`, `p̂` the smoothed context distribution.
 * PPMI weights "the president" below "president said" because "the" precedes everything; raw
 * counts would make every noun's nearest neighbour the most frequent noun.
 */
export function ppmi(counts: SparseMatrix): SparseMatrix {
  const rowSum = new Float64Array(counts.rows);
  const colSum = new Float64Array(counts.cols);
  let total = 0;
  for (let r = 0; r < counts.rows; r++) {
    for (let e = counts.rowStart[r] ?? 0, end = counts.rowStart[r + 1] ?? 0; e < end; e++) {
      const v = counts.value[e] ?? 0;
      rowSum[r] = (rowSum[r] ?? 0) + v;
      colSum[counts.col[e] ?? 0] = (colSum[counts.col[e] ?? 0] ?? 0) + v;
      total += v;
    }
  }
  let smoothedTotal = 0;
  for (let c = 0; c < counts.cols; c++) smoothedTotal += (colSum[c] ?? 0) ** CONTEXT_SMOOTHING;
  const value = new Float64Array(counts.value.length);
  for (let r = 0; r < counts.rows; r++) {
    const pw = (rowSum[r] ?? 0) / total;
    for (let e = counts.rowStart[r] ?? 0, end = counts.rowStart[r + 1] ?? 0; e < end; e++) {
      const pwc = (counts.value[e] ?? 0) / total;
      const pc = (colSum[counts.col[e] ?? 0] ?? 0) ** CONTEXT_SMOOTHING / smoothedTotal;
      value[e] = Math.max(0, Math.log(pwc / (pw * pc)));
    }
  }
  return { ...counts, value };
}
