import { DYNAMIC_SLOTS, WIDTH, type FeatureConfig } from './features.js';
import { sparseEmissions, type SparseWeights } from './sparse.js';

/**
 * A linear sequence model: one weight per (hash bucket, tag) and one per tag bigram.
 * `weights[bucket * tags.length + tag]`: a bucket's tag scores sit side by side, so scoring a
 * token reads one cache line per feature.
 */
export interface LinearModel {
  /** The tag names, BIO for entities and chunks (`O`, `B-PER`, `I-PER`, …). */
  readonly tags: readonly string[];
  readonly config: FeatureConfig;
  readonly weights: Float32Array;
  /** `transitions[from * T + to]`; row `T` is the start of a sentence. */
  readonly transitions: Float32Array;
  /** 1 where `from → to` may occur: BIO forbids `O → I-PER` and `B-LOC → I-PER`. */
  readonly allowed: Uint8Array;
  /**
   * The same weights without the zeros, for fast scoring: set on models read from a file, never
   * on a model in training (its weights change after every sentence).
   */
  readonly sparse?: SparseWeights;
}

/** Which tag transitions BIO allows; every transition for tag sets that are not BIO (POS). */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const allowed = new Uint8Array((T + 1) * T).fill(1);
  for (let to = 0; to < T; to++) {
    const tag = tags[to] as string;
    if (!tag.startsWith('I-')) continue;
    for (let from = 0; from <= T; from++) {
      const prev = from < T ? (tags[from] as string) : 'O';
      if (prev.slice(2) !== tag.slice(2) || prev === 'O') allowed[from * T + to] = 0;
    }
  }
  return allowed;
}

/** A zero model for `tags` with `config`, ready to train. */
export function emptyModel(tags: readonly string[], config: FeatureConfig): LinearModel {
  const T = tags.length;
  return {
    tags,
    config,
    weights: new Float32Array((1 << config.bits) * T),
    transitions: new Float32Array((T + 1) * T),
    allowed: allowedTransitions(tags),
  };
}

/** Per-token tag scores, `n × T`, from a sentence's hashed features, added to `base` when given. */
export function emissions(model: LinearModel, feats: Int32Array, n: number, base?: Float32Array): Float32Array {
  const T = model.tags.length;
  const out = base ? base.slice() : new Float32Array(n * T);
  if (model.sparse) return sparseEmissions(model.sparse, T, feats, n, WIDTH, DYNAMIC_SLOTS, out);
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const row = i * WIDTH;
    const o = i * T;
    for (let s = 0; s < WIDTH; s++) {
      const b = feats[row + s] as number;
      if (b < 0) continue;
      const start = b * T;
      for (let t = 0; t < T; t++) out[o + t] = (out[o + t] as number) + (w[start + t] as number);
    }
  }
  return out;
}
