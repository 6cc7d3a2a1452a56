/**
 * A trained model's weights without their zeros. Perceptron updates touch only the gold and the
 * predicted tag of a feature, so 88% of the POS model's 2^20 buckets are empty and the rest hold
 * about 3 non-zero tag weights out of 45. The dense table is 189 MB, and scoring a token read ~25
 * random rows of it, each a cache (and TLB) miss; this form is ~6 MB and the empty buckets cost
 * one bit test.
 *
 * Bucket `b`'s weights are `values[offsets[b] … offsets[b + 1])`, for tags `tags[…]` in
 * increasing order.
 */
export interface SparseWeights {
  /** Bit `b` set when bucket `b` has a weight: 128 KB for 2^20 buckets, so it stays in cache. */
  readonly used: Uint32Array;
  readonly offsets: Int32Array;
  readonly tags: Uint8Array;
  readonly values: Float32Array;
}

/**
 * The non-zero weights of a dense `buckets × tagCount` table (at most 256 tags), each times
 * `scale` (a model file's Int16 weights are read this way, with no dense Float32 copy).
 */
export function sparseWeights(weights: Float32Array | Int16Array, tagCount: number, scale = 1): SparseWeights {
  if (tagCount > 256) throw new Error(`E_MODEL_FORMAT: ${tagCount} tags, sparse weights hold at most 256`);
  const buckets = weights.length / tagCount;
  let count = 0;
  for (let k = 0; k < weights.length; k++) if (weights[k] !== 0) count++;
  const used = new Uint32Array((buckets + 31) >>> 5);
  const offsets = new Int32Array(buckets + 1);
  const tags = new Uint8Array(count);
  const values = new Float32Array(count);
  let next = 0;
  for (let b = 0; b < buckets; b++) {
    offsets[b] = next;
    const base = b * tagCount;
    for (let t = 0; t < tagCount; t++) {
      const w = weights[base + t] as number;
      if (w === 0) continue;
      tags[next] = t;
      values[next] = w * scale;
      next++;
    }
  }
  offsets[buckets] = next;
  for (let b = 0; b < buckets; b++) if ((offsets[b + 1] as number) > (offsets[b] as number)) used[b >>> 5] = (used[b >>> 5] as number) | (1 << (b & 31));
  return { used, offsets, tags, values };
}

/** The dense `buckets × tagCount` table of sparse weights: for training on or saving a loaded model. */
export function denseWeights(sparse: SparseWeights, tagCount: number): Float32Array {
  const { offsets, tags, values } = sparse;
  const buckets = offsets.length - 1;
  const weights = new Float32Array(buckets * tagCount);
  for (let b = 0; b < buckets; b++) {
    for (let k = offsets[b] as number; k < (offsets[b + 1] as number); k++) weights[b * tagCount + (tags[k] as number)] = values[k] as number;
  }
  return weights;
}

/**
 * Per-token tag scores, `n × tagCount`, from rows of `width` hashed features: a prefix of
 * features ended by -1, then `dynamic` slots at the end of the row (-1 when unset). Adds the same
 * non-zero weights in the same order as the dense table does, so the scores are bit for bit the
 * dense ones (adding a zero never changes a float).
 */
export function sparseEmissions(sparse: SparseWeights, tagCount: number, feats: Int32Array, n: number, width: number, dynamic: number): Float32Array {
  const out = new Float32Array(n * tagCount);
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
  const { used, offsets, tags, values } = sparse;
  if (((used[b >>> 5] as number) & (1 << (b & 31))) === 0) return;
  const end = offsets[b + 1] as number;
  for (let k = offsets[b] as number; k < end; k++) {
    const at = o + (tags[k] as number);
    out[at] = (out[at] as number) + (values[k] as number);
  }
}
