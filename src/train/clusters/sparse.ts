/** A sparse matrix in compressed-row form: row `r`'s entries are `[rowStart[r], rowStart[r + 1])`. */
export interface SparseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly rowStart: Int32Array;
  readonly col: Int32Array;
  readonly value: Float64Array;
}

/** A dense row-major matrix: entry (r, c) is `data[r * cols + c]`. */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A zero dense matrix. */
export function denseZeros(rows: number, cols: number): DenseMatrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** `a × m` for sparse `a` and dense `m`. */
export function sparseTimesDense(a: SparseMatrix, m: DenseMatrix): DenseMatrix {
  const k = m.cols;
  const out = denseZeros(a.rows, k);
  const o = out.data;
  const d = m.data;
  for (let r = 0; r < a.rows; r++) {
    const base = r * k;
    for (let e = a.rowStart[r] ?? 0, end = a.rowStart[r + 1] ?? 0; e < end; e++) {
      const v = a.value[e] ?? 0;
      const from = (a.col[e] ?? 0) * k;
      for (let j = 0; j < k; j++) o[base + j] = (o[base + j] ?? 0) + v * (d[from + j] ?? 0);
    }
  }
  return out;
}

/** `aᵀ × m` for sparse `a` and dense `m` (without building `aᵀ`). */
export function sparseTransposeTimesDense(a: SparseMatrix, m: DenseMatrix): DenseMatrix {
  const k = m.cols;
  const out = denseZeros(a.cols, k);
  const o = out.data;
  const d = m.data;
  for (let r = 0; r < a.rows; r++) {
    const from = r * k;
    for (let e = a.rowStart[r] ?? 0, end = a.rowStart[r + 1] ?? 0; e < end; e++) {
      const v = a.value[e] ?? 0;
      const base = (a.col[e] ?? 0) * k;
      for (let j = 0; j < k; j++) o[base + j] = (o[base + j] ?? 0) + v * (d[from + j] ?? 0);
    }
  }
  return out;
}
