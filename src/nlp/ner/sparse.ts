/**
 * A trained model's weights without their zeros. Perceptron updates touch only the gold and the
 * predicted tag of a feature, so 88% of the POS model's 2^20 buckets are empty and the rest hold
 * about 3 non-zero tag weights out of 45; a 2^22-bucket entity model uses 3% of its buckets. The
 * dense table is 189 MB for the POS model, and scoring a token read ~25 random rows of it, each
 * a cache (and TLB) miss. Here an empty bucket costs one bit test, and a used one is found by
 * counting the used buckets before it, so nothing is stored per empty bucket: a table of start
 * offsets for all 2^22 buckets (16 MB) made the larger models tag about 20% slower.
 *
 * The `r`-th used bucket's weights are `values[starts[r] … starts[r + 1])`, for tags `tags[…]` in
 * increasing order.
 */
export interface SparseWeights {
  /** The number of buckets, `2^bits`. */
  readonly buckets: number;
  /**
   * Per 32 buckets, two words: a bit set of the buckets that have a weight, and how many buckets
   * before these 32 have one. Side by side so a lookup reads one cache line.
   */
  readonly index: Uint32Array;
  readonly starts: Int32Array;
  readonly tags: Uint8Array;
  readonly values: Float32Array;
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The non-zero weights of a dense `buckets × tagCount` table in bucket order: the used buckets,
 * how many weights each has, and their (tag, weight × `scale`) pairs. The form a model file stores.
 */
export interface WeightRuns {
  readonly buckets: number;
  readonly used: Uint32Array;
  readonly counts: Uint8Array;
  readonly tags: Uint8Array;
  readonly values: Float32Array;
}

/** The {@link WeightRuns} of a dense table (at most 256 tags). */
export function weightRuns(weights: Float32Array | Int16Array, tagCount: number, scale = 1): WeightRuns {
  if (tagCount > 256) throw new Error(`E_MODEL_FORMAT: ${tagCount} tags, sparse weights hold at most 256`);
  const buckets = weights.length / tagCount;
  let count = 0;
  let usedBuckets = 0;
  for (let b = 0; b < buckets; b++) {
    const before = count;
    for (let k = b * tagCount; k < (b + 1) * tagCount; k++) if (weights[k] !== 0) count++;
    if (count > before) usedBuckets++;
  }
  const used = new Uint32Array(usedBuckets);
  const counts = new Uint8Array(usedBuckets);
  const tags = new Uint8Array(count);
  const values = new Float32Array(count);
  let next = 0;
  let u = 0;
  for (let b = 0; b < buckets; b++) {
    const first = next;
    for (let t = 0; t < tagCount; t++) {
      const w = weights[b * tagCount + t] as number;
      if (w === 0) continue;
      tags[next] = t;
      values[next] = w * scale;
      next++;
    }
    if (next === first) continue;
    used[u] = b;
    counts[u++] = next - first;
  }
  return { buckets, used, counts, tags, values };
}

/**
 * The non-zero weights of a dense `buckets × tagCount` table (at most 256 tags), each times
 * `scale` (a model file's Int16 weights are read this way, with no dense Float32 copy).
 */
export function sparseWeights(weights: Float32Array | Int16Array, tagCount: number, scale = 1): SparseWeights {
  return sparseFromRuns(weightRuns(weights, tagCount, scale));
}

/** Sparse weights for tagging from their {@link WeightRuns} (used buckets in increasing order). */
export function sparseFromRuns({ buckets, used, counts, tags, values }: WeightRuns): SparseWeights {
  const index = new Uint32Array(((buckets + 31) >>> 5) * 2);
  for (const b of used) index[(b >>> 5) * 2] = (index[(b >>> 5) * 2] as number) | (1 << (b & 31));
  let rank = 0;
  for (let w = 0; w < index.length; w += 2) {
    index[w + 1] = rank;
    rank += popcount(index[w] as number);
  }
  const starts = new Int32Array(used.length + 1);
  for (let u = 0; u < used.length; u++) starts[u + 1] = (starts[u] as number) + (counts[u] as number);
  return { buckets, index, starts, tags, values };
}

/**
 * Where bucket `b`'s weights start in `values`, with their end at the next slot of `starts`:
 * the index into `starts`, or -1 for a bucket without weights.
 */
function usedRank(sparse: SparseWeights, b: number): number {
  const w = (b >>> 5) * 2;
  const bits = sparse.index[w] as number;
  if ((bits & (1 << (b & 31))) === 0) return -1;
  return (sparse.index[w + 1] as number) + popcount(bits & ~(-1 << (b & 31)));
}

/** The dense `buckets × tagCount` table of sparse weights: for training on or saving a loaded model. */
export function denseWeights(sparse: SparseWeights, tagCount: number): Float32Array {
  const { buckets, starts, tags, values } = sparse;
  const weights = new Float32Array(buckets * tagCount);
  for (let b = 0; b < buckets; b++) {
    const r = usedRank(sparse, b);
    if (r < 0) continue;
    for (let k = starts[r] as number; k < (starts[r + 1] as number); k++) weights[b * tagCount + (tags[k] as number)] = values[k] as number;
  }
  return weights;
}

/**
 * Per-token tag scores, `n × tagCount`, from rows of `width` hashed features: a prefix of
 * features ended by -1, then `dynamic` slots at the end of the row (-1 when unset), added to
 * `out` (zeros by default). Adds the same non-zero weights in the same order as the dense table
 * does, so the scores are bit for bit the dense ones (adding a zero never changes a float).
 */
export function sparseEmissions(
  sparse: SparseWeights,
  tagCount: number,
  feats: Int32Array,
  n: number,
  width: number,
  dynamic: number,
  out = new Float32Array(n * tagCount),
): Float32Array {
  for (let i = 0; i < n; i++) {
    const row = i * width;
    const o = i * tagCount;
    const fixedEnd = row + width - dynamic;
    for (let s = row; s < fixedEnd; s++) {
      const b = feats[s] as number;
      if (b < 0) break;
      addBucket(sparse, b, out, o);
    }
    for (let s = fixedEnd; s < row + width; s++) {
      const b = feats[s] as number;
      if (b >= 0) addBucket(sparse, b, out, o);
    }
  }
  return out;
}

/** Adds bucket `b`'s weights to the scores at `out[o …]` (zero-weight buckets add nothing). */
export function addBucket(sparse: SparseWeights, b: number, out: Float32Array, o: number): void {
  const r = usedRank(sparse, b);
  if (r < 0) return;
  const { starts, tags, values } = sparse;
  const end = starts[r + 1] as number;
  for (let k = starts[r] as number; k < end; k++) {
    const at = o + (tags[k] as number);
    out[at] = (out[at] as number) + (values[k] as number);
  }
}

/** Adds `T` scores of `from`, starting at `at`, to `out` starting at `o`. */
export function addVector(out: Float32Array, o: number, from: Float32Array, at: number, T: number): void {
  for (let t = 0; t < T; t++) out[o + t] = (out[o + t] as number) + (from[at + t] as number);
}
