import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureConfig } from './features.js';
import { allowedTransitions, type LinearModel } from './model.js';
import { denseWeights, sparseWeights } from './sparse.js';

/** The JSON header of a model file. */
interface Header {
  readonly format: 'newsgraph-linear-1';
  readonly tags: readonly string[];
  readonly config: FeatureConfig;
  /** Weights are stored as `round(w / scale)` in Int16. */
  readonly scale: number;
}

/**
 * Serializes a model: gzip of `[u32 header length][header JSON][Float32 transitions][Int16 weights]`.
 * Int16 keeps 4–5 significant digits of averaged-perceptron weights, far below what changes a
 * decision, and halves the size; most buckets are zero, which gzip folds away.
 */
export function serializeModel(model: LinearModel): Buffer {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const header: Header = { format: 'newsgraph-linear-1', tags: model.tags, config: model.config, scale };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const quantized = new Int16Array(model.weights.length);
  for (let k = 0; k < quantized.length; k++) quantized[k] = Math.round((model.weights[k] as number) / scale);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const transitions = Buffer.from(model.transitions.buffer, model.transitions.byteOffset, model.transitions.byteLength);
  return gzipSync(Buffer.concat([length, json, transitions, Buffer.from(quantized.buffer)]), { level: 9 });
}

/**
 * Reads a model written by {@link serializeModel}, with its sparse weights for tagging (the
 * dense `weights` are built on first use); throws `E_MODEL_FORMAT` on anything else.
 */
export function deserializeModel(bytes: Uint8Array): LinearModel {
  const raw = gunzipSync(bytes);
  const jsonLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + jsonLength).toString('utf8')) as Header;
  if (header.format !== 'newsgraph-linear-1') {
    throw new Error(`E_MODEL_FORMAT: expected a newsgraph-linear-1 model, got format "${String(header.format)}"`);
  }
  const T = header.tags.length;
  let offset = 4 + jsonLength;
  // Copy into fresh, aligned buffers: a slice of the gunzipped Buffer may start at an odd byte.
  const transitions = new Float32Array((T + 1) * T);
  new Uint8Array(transitions.buffer).set(raw.subarray(offset, offset + transitions.byteLength));
  offset += transitions.byteLength;
  const count = (1 << header.config.bits) * T;
  if (raw.length < offset + count * 2) throw new Error(`E_MODEL_FORMAT: the weights are cut short (${raw.length} bytes)`);
  // Int16 needs an even address; rather than copy 75 MB of a 2^22-bucket model, shift the weights
  // one byte down over the transitions' last byte, which has been copied out already.
  if ((raw.byteOffset + offset) % 2 !== 0) {
    raw.copyWithin(offset - 1, offset, offset + count * 2);
    offset -= 1;
  }
  const quantized = new Int16Array(raw.buffer, raw.byteOffset + offset, count);
  const sparse = sparseWeights(quantized, T, header.scale);
  // The dense table (189 MB for the POS model) is built only if asked for: tagging reads the
  // sparse weights, only training on or re-saving a loaded model needs it.
  let weights: Float32Array | undefined;
  return {
    tags: header.tags,
    config: header.config,
    get weights(): Float32Array {
      weights ??= denseWeights(sparse, T);
      return weights;
    },
    transitions,
    allowed: allowedTransitions(header.tags),
    sparse,
  };
}
