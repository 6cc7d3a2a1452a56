import { denseZeros } from './sparse.js';
import type { DenseMatrix } from './sparse.js';

/**
 * Orthonormal columns spanning those of `m` (modified Gram–Schmidt), for the range finder of the
 * randomized SVD. Works on a column-major copy so each dot product reads contiguous memory.
 * A column that is (numerically) a combination of earlier ones becomes zero.
 */
export function orthonormalColumns(m: DenseMatrix): DenseMatrix {
  const { rows, cols } = m;
  const columns = Array.from({ length: cols }, (_, c) => {
    const v = new Float64Array(rows);
    for (let r = 0; r < rows; r++) v[r] = m.data[r * cols + c] ?? 0;
    return v;
  });
  columns.forEach((v, j) => {
    for (let i = 0; i < j; i++) {
      const u = columns[i] ?? v;
      const d = dot(u, v);
      for (let r = 0; r < rows; r++) v[r] = (v[r] ?? 0) - d * (u[r] ?? 0);
    }
    const norm = Math.sqrt(dot(v, v));
    for (let r = 0; r < rows; r++) v[r] = norm > 1e-12 ? (v[r] ?? 0) / norm : 0;
  });
  const out = denseZeros(rows, cols);
  columns.forEach((v, c) => {
    for (let r = 0; r < rows; r++) out.data[r * cols + c] = v[r] ?? 0;
  });
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** `mᵀ × m`, a `cols × cols` symmetric matrix. */
export function gram(m: DenseMatrix): DenseMatrix {
  const { rows, cols, data } = m;
  const out = denseZeros(cols, cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let i = 0; i < cols; i++) {
      const v = data[base + i] ?? 0;
      if (v === 0) continue;
      for (let j = i; j < cols; j++) out.data[i * cols + j] = (out.data[i * cols + j] ?? 0) + v * (data[base + j] ?? 0);
    }
  }
  for (let i = 0; i < cols; i++) for (let j = 0; j < i; j++) out.data[i * cols + j] = out.data[j * cols + i] ?? 0;
  return out;
}

/** `a × b` for small dense matrices. */
export function multiply(a: DenseMatrix, b: DenseMatrix): DenseMatrix {
  const out = denseZeros(a.rows, b.cols);
  for (let r = 0; r < a.rows; r++) {
    for (let k = 0; k < a.cols; k++) {
      const v = a.data[r * a.cols + k] ?? 0;
      if (v === 0) continue;
      for (let c = 0; c < b.cols; c++) out.data[r * b.cols + c] = (out.data[r * b.cols + c] ?? 0) + v * (b.data[k * b.cols + c] ?? 0);
    }
  }
  return out;
}

/** Eigenvalues (descending) and matching eigenvectors (columns of `vectors`) of a symmetric matrix. */
export interface Eigen {
  readonly values: Float64Array;
  readonly vectors: DenseMatrix;
}

/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations: simple and accurate
 * for the ~110 × 110 matrix the randomized SVD needs, where cost (a few million operations) is no issue.
 */
export function symmetricEigen(m: DenseMatrix): Eigen {
  const n = m.rows;
  const a = Float64Array.from(m.data);
  const v = denseZeros(n, n);
  for (let i = 0; i < n; i++) v.data[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += (a[p * n + q] ?? 0) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] ?? 0;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * n + q] ?? 0) - (a[p * n + p] ?? 0)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, n, p, q, c, s);
        rotateColumns(v.data, n, p, q, c, s);
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => (a[j * n + j] ?? 0) - (a[i * n + i] ?? 0));
  const values = Float64Array.from(order, (i) => a[i * n + i] ?? 0);
  const vectors = denseZeros(n, n);
  order.forEach((from, to) => {
    for (let r = 0; r < n; r++) vectors.data[r * n + to] = v.data[r * n + from] ?? 0;
  });
  return { values, vectors };
}

/** `a ← Jᵀ a J` for the rotation J in the (p, q) plane. */
function rotate(a: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p] ?? 0;
    const akq = a[k * n + q] ?? 0;
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k] ?? 0;
    const aqk = a[q * n + k] ?? 0;
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
}

function rotateColumns(v: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p] ?? 0;
    const vkq = v[k * n + q] ?? 0;
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}
