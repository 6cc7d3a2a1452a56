import type { SparseMatrix } from './sparse.js';
import { BOUNDARY } from './vocabulary.js';
import type { Vocabulary } from './vocabulary.js';

/** Which words get a row, which words are context columns. */
export interface ContextOptions {
  /** Word ids to describe, one row each, in this order. */
  readonly targets: readonly number[];
  /** Word ids used as context columns (the most frequent words); all others share one "rare" column. */
  readonly contextWords: readonly number[];
}

/** Relative positions counted, each with its own block of columns. */
export const OFFSETS = [-2, -1, 1, 2] as const;

/**
 * Counts, for every target word, which context word appears at each of the positions −2, −1, +1, +2.
 * Positions are kept apart (a column is "`the` one to the left", not just "`the` nearby") because
 * that is what separates word classes: "minister" and "ministers" share left contexts ("the", "prime")
 * but "said"/"says" differ on the right. Each position has `contextWords.length + 2` columns: one per
 * context word, one for the sequence edge (so words that open sentences or end titles are told apart)
 * and one for any rarer word (a capitalised name's neighbours are often rare names).
 *
 * Returns raw counts as a sparse matrix; counting sorts one 32-bit code per (row, column) event,
 * about 16 million for 4 million tokens, which takes seconds.
 */
export function countContexts(vocabulary: Vocabulary, options: ContextOptions): SparseMatrix {
  const { stream } = vocabulary;
  const rowOf = new Int32Array(vocabulary.words.length).fill(-1);
  options.targets.forEach((id, row) => (rowOf[id] = row));
  const width = options.contextWords.length + 2;
  const boundaryColumn = width - 2;
  const rareColumn = width - 1;
  const columnOf = new Int32Array(vocabulary.words.length).fill(rareColumn);
  options.contextWords.forEach((id, c) => (columnOf[id] = c));
  const cols = width * OFFSETS.length;
  const rows = options.targets.length;
  if (rows * cols >= 2 ** 32) throw new Error(`E_CONTEXT_SIZE: ${rows} rows × ${cols} columns do not fit 32-bit codes; raise the minimum count or use fewer context words`);

  let events = 0;
  for (let i = 0; i < stream.length; i++) if ((rowOf[stream[i] ?? BOUNDARY] ?? -1) >= 0) events += OFFSETS.length;
  const codes = new Uint32Array(events);
  let n = 0;
  for (let i = 0; i < stream.length; i++) {
    const id = stream[i] ?? BOUNDARY;
    const row = id === BOUNDARY ? -1 : (rowOf[id] ?? -1);
    if (row < 0) continue;
    OFFSETS.forEach((offset, p) => {
      const column = p * width + contextColumn(stream, i, offset, columnOf, boundaryColumn);
      codes[n++] = row * cols + column;
    });
  }
  codes.sort();
  return compress(codes, rows, cols);
}

/** The column of the word at `i + offset`, or the edge column once the window leaves the sequence. */
function contextColumn(stream: Int32Array, i: number, offset: number, columnOf: Int32Array, boundaryColumn: number): number {
  const step = Math.sign(offset);
  for (let j = i + step; ; j += step) {
    const id = stream[j] ?? BOUNDARY;
    if (id === BOUNDARY) return boundaryColumn;
    if (j === i + offset) return columnOf[id] ?? boundaryColumn;
  }
}

function compress(codes: Uint32Array, rows: number, cols: number): SparseMatrix {
  let distinct = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) distinct++;
  const rowStart = new Int32Array(rows + 1);
  const col = new Int32Array(distinct);
  const value = new Float64Array(distinct);
  let e = -1;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (i === 0 || code !== codes[i - 1]) {
      e++;
      const row = Math.floor(code / cols);
      col[e] = code - row * cols;
      rowStart[row + 1] = e + 1;
    }
    value[e] = (value[e] ?? 0) + 1;
  }
  // Rows with no entries inherit the end of the previous row.
  for (let r = 1; r <= rows; r++) rowStart[r] = Math.max(rowStart[r] ?? 0, rowStart[r - 1] ?? 0);
  return { rows, cols, rowStart, col, value };
}
