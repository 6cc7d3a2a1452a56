import { gram, multiply, orthonormalColumns, symmetricEigen } from './dense.js';
import type { Random } from './random.js';
import { denseZeros, sparseTimesDense, sparseTransposeTimesDense } from './sparse.js';
import type { DenseMatrix, SparseMatrix } from './sparse.js';

/** The leading singular vectors and values of a matrix. */
export interface TruncatedSvd {
  /** `rows × rank`, orthonormal columns. */
  readonly u: DenseMatrix;
  /** The `rank` largest singular values, descending. */
  readonly s: Float64Array;
}

/** Options of {@link randomizedSvd}. */
export interface SvdOptions {
  readonly rank: number;
  /** Extra random directions beyond `rank`; 10 is the usual choice (Halko et al. 2011). */
  readonly oversample?: number;
  /** Power iterations; PPMI spectra decay slowly, and 2 makes the top directions accurate. */
  readonly powerIterations?: number;
  readonly random: Random;
}

/**
 * Truncated SVD of a sparse matrix by the randomized range finder of Halko, Martinsson & Tropp
 * (2011): project onto `rank + oversample` Gaussian directions, sharpen with power iterations,
 * then solve the small problem exactly. On a 40,000 × 20,000 PPMI matrix with 10 million entries it
 * needs a dozen sparse products, seconds each, where an exact SVD is out of reach in JavaScript.
 */
export function randomizedSvd(a: SparseMatrix, options: SvdOptions): TruncatedSvd {
  const width = Math.min(options.rank + (options.oversample ?? 10), a.rows, a.cols);
  const omega = denseZeros(a.cols, width);
  for (let i = 0; i < omega.data.length; i++) omega.data[i] = options.random.gaussian();
  let q = orthonormalColumns(sparseTimesDense(a, omega));
  for (let i = 0; i < (options.powerIterations ?? 2); i++) {
    const z = orthonormalColumns(sparseTransposeTimesDense(a, q));
    q = orthonormalColumns(sparseTimesDense(a, z));
  }
  // B = Qᵀ A is width × cols; B Bᵀ = (Aᵀ Q)ᵀ (Aᵀ Q) = W Λ Wᵀ gives U = Q W and s = √λ.
  const eigen = symmetricEigen(gram(sparseTransposeTimesDense(a, q)));
  const rank = Math.min(options.rank, width);
  const w = denseZeros(width, rank);
  for (let r = 0; r < width; r++) for (let c = 0; c < rank; c++) w.data[r * rank + c] = eigen.vectors.data[r * width + c] ?? 0;
  const s = Float64Array.from(eigen.values.subarray(0, rank), (l) => Math.sqrt(Math.max(0, l)));
  return { u: multiply(q, w), s };
}
