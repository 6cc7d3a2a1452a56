import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureConfig } from './features.js';
import { allowedTransitions, type LinearModel } from './model.js';
import { denseWeights, sparseFromRuns, sparseWeights, weightRuns, type SparseWeights } from './sparse.js';

/** The model file formats: `-1` stores every weight, `-2` (written since 2026-12-07) only the non-zero ones. */
type Format = 'newsgraph-linear-1' | 'newsgraph-linear-2';

/** The JSON header of a model file. */
interface Header {
  readonly format: Format;
  readonly tags: readonly string[];
  readonly config: FeatureConfig;
  /** Weights are stored as `round(w / scale)` in Int16. */
  readonly scale: number;
}

/**
 * Serializes a model: gzip of `[u32 header length][header JSON][Float32 transitions]` and its
 * non-zero weights as `[u32 used buckets U][u32 weights N][u32 × U: each used bucket's distance
 * from the previous one][u8 × U: weights per used bucket][u8 × N: their tags][Int16 × N: weights]`.
 * Int16 keeps 4–5 significant digits of averaged weights, far below what changes a decision. A
 * 2^22-bucket model uses 3% of its buckets: storing only those keeps the file small and lets a
 * reader skip inflating and scanning 75 MB of zeros.
 */
export function serializeModel(model: LinearModel): Buffer {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const T = model.tags.length;
  const header: Header = { format: 'newsgraph-linear-2', tags: model.tags, config: model.config, scale };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const quantized = new Int16Array(model.weights.length);
  for (let k = 0; k < quantized.length; k++) quantized[k] = Math.round((model.weights[k] as number) / scale);
  const runs = weightRuns(quantized, T);
  const { used } = runs;
  const gaps = used.map((b, u) => (u === 0 ? b : b - (used[u - 1] as number)));
  const sizes = Buffer.alloc(12);
  sizes.writeUInt32LE(json.length, 0);
  sizes.writeUInt32LE(used.length, 4);
  sizes.writeUInt32LE(runs.values.length, 8);
  const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return gzipSync(
    Buffer.concat([
      sizes.subarray(0, 4),
      json,
      bytes(model.transitions),
      sizes.subarray(4),
      bytes(gaps),
      runs.counts,
      runs.tags,
      bytes(Int16Array.from(runs.values)),
    ]),
    { level: 9 },
  );
}

/** Reads `count` items of a typed array from `raw` at `offset`, copied so they are aligned. */
function typed<A extends Uint32Array | Int16Array | Uint8Array>(make: new (buffer: ArrayBuffer) => A, size: number, raw: Buffer, offset: number, count: number): A {
  const end = offset + count * size;
  if (raw.length < end) throw new Error(`E_MODEL_FORMAT: the model file is cut short (${raw.length} bytes, ${end} expected)`);
  const copy = new ArrayBuffer(count * size);
  new Uint8Array(copy).set(raw.subarray(offset, end));
  return new make(copy);
}

/** The non-zero weights of a `newsgraph-linear-2` body, validated so that a damaged file cannot index out of range. */
function readRuns(raw: Buffer, offset: number, header: Header): SparseWeights {
  const T = header.tags.length;
  const buckets = 2 ** header.config.bits;
  if (raw.length < offset + 8) throw new Error('E_MODEL_FORMAT: the model file is cut short');
  const usedCount = raw.readUInt32LE(offset);
  const count = raw.readUInt32LE(offset + 4);
  let at = offset + 8;
  const gaps = typed(Uint32Array, 4, raw, at, usedCount);
  at += usedCount * 4;
  const counts = typed(Uint8Array, 1, raw, at, usedCount);
  at += usedCount;
  const tags = typed(Uint8Array, 1, raw, at, count);
  at += count;
  const quantized = typed(Int16Array, 2, raw, at, count);
  const used = new Uint32Array(usedCount);
  let bucket = -1;
  let total = 0;
  for (let u = 0; u < usedCount; u++) {
    bucket = u === 0 ? (gaps[0] as number) : bucket + (gaps[u] as number);
    if ((u > 0 && gaps[u] === 0) || bucket >= buckets) throw new Error(`E_MODEL_FORMAT: used bucket ${bucket} out of order or range`);
    used[u] = bucket;
    total += counts[u] as number;
  }
  if (total !== count) throw new Error(`E_MODEL_FORMAT: ${total} weights listed per bucket, ${count} stored`);
  for (const t of tags) if (t >= T) throw new Error(`E_MODEL_FORMAT: tag ${t} of ${T}`);
  const values = new Float32Array(count);
  for (let k = 0; k < count; k++) values[k] = (quantized[k] as number) * header.scale;
  return sparseFromRuns({ buckets, used, counts, tags, values });
}

/** The weights of a `newsgraph-linear-1` body: every bucket's Int16 weights. */
function readDense(raw: Buffer, offset: number, header: Header): SparseWeights {
  const T = header.tags.length;
  const count = 2 ** header.config.bits * T;
  if (raw.length < offset + count * 2) throw new Error(`E_MODEL_FORMAT: the weights are cut short (${raw.length} bytes)`);
  // Int16 needs an even address; rather than copy 75 MB of a 2^22-bucket model, shift the weights
  // one byte down over the transitions' last byte, which has been copied out already.
  if ((raw.byteOffset + offset) % 2 !== 0) {
    raw.copyWithin(offset - 1, offset, offset + count * 2);
    offset -= 1;
  }
  return sparseWeights(new Int16Array(raw.buffer, raw.byteOffset + offset, count), T, header.scale);
}

/** Inflates a model file and parses its JSON header; anything unreadable is `E_MODEL_FORMAT`. */
function readHeader(bytes: Uint8Array): { raw: Buffer; header: Header; jsonLength: number } {
  try {
    const raw = gunzipSync(bytes);
    const jsonLength = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + jsonLength).toString('utf8')) as Header;
    if (typeof header !== 'object' || header === null || !Array.isArray(header.tags) || typeof header.config?.bits !== 'number') {
      throw new Error('the header lacks tags or config.bits');
    }
    return { raw, header, jsonLength };
  } catch (error) {
    throw new Error(`E_MODEL_FORMAT: not a readable model file (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Reads a model written by {@link serializeModel} (either format), with its sparse weights for
 * tagging (the dense `weights` are built on first use); throws `E_MODEL_FORMAT` on anything else.
 */
export function deserializeModel(bytes: Uint8Array): LinearModel {
  const { raw, header, jsonLength } = readHeader(bytes);
  if (header.format !== 'newsgraph-linear-1' && header.format !== 'newsgraph-linear-2') {
    throw new Error(`E_MODEL_FORMAT: expected a newsgraph-linear-1 or -2 model, got format "${String(header.format)}"`);
  }
  const T = header.tags.length;
  const offset = 4 + jsonLength;
  // Copied into a fresh, aligned buffer: a slice of the gunzipped Buffer may start at an odd byte.
  const transitions = new Float32Array((T + 1) * T);
  new Uint8Array(transitions.buffer).set(raw.subarray(offset, offset + transitions.byteLength));
  const body = offset + transitions.byteLength;
  const sparse = header.format === 'newsgraph-linear-2' ? readRuns(raw, body, header) : readDense(raw, body, header);
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
