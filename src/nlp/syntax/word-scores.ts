import { FeatureTemplate as F, type SentenceInput } from '../ner/features.js';
import { bucket, mixInt, mixString, seed } from '../ner/hash.js';
import type { LinearModel } from '../ner/model.js';
import { addBucket, addVector } from '../ner/sparse.js';
import { isAllCaps, isCapitalized, longShape, shortShape } from '../ner/shape.js';

/** The groups this scorer computes; a model with any other group is scored the generic way. */
const SUPPORTED: ReadonlySet<string> = new Set(['affix', 'window', 'pos']);

/** Window offsets, in the order `sentenceFeatures` writes them. */
const OFFSETS = [-2, -1, 1, 2] as const;

/** Distinct words (or tags) whose scores are kept; past that the cache starts over. */
const CACHE_LIMIT = 50_000;

const BEFORE = mixString(0, '<s>');
const AFTER = mixString(0, '</s>');
const SEED = (template: F): number => seed(template);

/** What one word form contributes wherever it stands, computed once per form. */
interface WordScores {
  readonly lowerHash: number;
  readonly shapeHash: number;
  /** Capitalized, all caps, digit, hyphen, period: the position-free bits of the flags feature. */
  readonly flags: number;
  /** Its own features but flags: bias, lower, form, shapes, length, affixes (`T` scores). */
  readonly self: Float32Array;
  /** Its window features as the neighbour at offset −2, −1, +1, +2 of the token scored (`4 × T`). */
  readonly near: Float32Array;
}

/** What one POS tag contributes (chunker): at the token and as a neighbour. */
interface TagScores {
  readonly hash: number;
  readonly self: Float32Array;
  readonly near: Float32Array;
}

/** Tag scores per token of one sentence, `n × T`, as {@link emissions} computes them. */
export type SentenceScorer = (sentence: SentenceInput) => Float32Array;

/**
 * A scorer for the POS and chunk models that sums each word's features once per word form
 * instead of once per token. Their features are the word itself, its neighbours at ±1 and ±2
 * (and the chunker's POS tags there), and a few pairs: all but the pairs and the position flags
 * depend on one word (or tag) and an offset, so a word's contribution at each offset is summed
 * once and reused. The sum is the one `sentenceFeatures` + `emissions` compute, in another order,
 * so scores agree to float rounding (the test checks it). Returns undefined for a model with
 * feature groups it does not compute, with tag-bigram features (they need the previous tag), or
 * without sparse weights (a model in training).
 *
 * @example
 * const score = wordScorer(sharedTagger('pos.bin.gz').model);
 * score?.({ words: ['Putin', 'met', 'Trump'] }) // Float32Array(3 × 45)
 */
export function wordScorer(model: LinearModel): SentenceScorer | undefined {
  const { sparse, config } = model;
  if (!sparse || (config.edges ?? []).length > 0 || !config.groups.every((g) => SUPPORTED.has(g))) return undefined;
  const T = model.tags.length;
  const mask = (1 << config.bits) - 1;
  const affix = config.groups.includes('affix');
  const window = config.groups.includes('window');
  const usesPos = config.groups.includes('pos');
  const add = (out: Float32Array, at: number, h: number): void => addBucket(sparse, bucket(h, mask), out, at);
  const words = new Map<string, WordScores>();
  const tags = new Map<string, TagScores>();
  const padding = (hash: number): Float32Array => windowScores(add, T, hash, hash, window);
  const nearBefore = padding(BEFORE);
  const nearAfter = padding(AFTER);
  const posBefore = tagScores(add, T, BEFORE).near;
  const posAfter = tagScores(add, T, AFTER).near;

  const wordAt = (w: string): WordScores => {
    let entry = words.get(w);
    if (!entry) {
      if (words.size >= CACHE_LIMIT) words.clear();
      entry = wordScores(add, T, w, affix, window);
      words.set(w, entry);
    }
    return entry;
  };
  const tagAt = (p: string): TagScores => {
    let entry = tags.get(p);
    if (!entry) {
      if (tags.size >= CACHE_LIMIT) tags.clear();
      entry = tagScores(add, T, mixString(0, p));
      tags.set(p, entry);
    }
    return entry;
  };

  return ({ words: forms, pos }) => {
    const n = forms.length;
    const out = new Float32Array(n * T);
    const entries = forms.map(wordAt);
    const tagEntries = usesPos && pos ? forms.map((_, j) => (pos[j] === undefined ? undefined : tagAt(pos[j] as string))) : undefined;
    let headline = n > 1;
    for (const w of forms) if (w !== w.toUpperCase()) headline = false;
    const lowerAt = (j: number): number => (j < 0 ? BEFORE : j >= n ? AFTER : (entries[j] as WordScores).lowerHash);
    const shapeAt = (j: number): number => (j < 0 ? BEFORE : j >= n ? AFTER : (entries[j] as WordScores).shapeHash);
    const posAt = (j: number): number => (j < 0 ? BEFORE : j >= n ? AFTER : (tagEntries?.[j]?.hash ?? 0));
    for (let i = 0; i < n; i++) {
      const o = i * T;
      const entry = entries[i] as WordScores;
      addVector(out, o, entry.self, 0, T);
      add(out, o, mixInt(SEED(F.Flags), entry.flags | (i === 0 ? 4 : 0) | (headline ? 8 : 0)));
      if (window) {
        OFFSETS.forEach((d, k) => {
          const j = i + d;
          addVector(out, o, j < 0 ? nearBefore : j >= n ? nearAfter : (entries[j] as WordScores).near, k * T, T);
        });
        add(out, o, mixInt(mixInt(mixInt(SEED(F.Bigram), -1), lowerAt(i - 1)), lowerAt(i)));
        add(out, o, mixInt(mixInt(mixInt(SEED(F.Bigram), 1), lowerAt(i)), lowerAt(i + 1)));
        add(out, o, mixInt(mixInt(mixInt(SEED(F.ShapeBigram), -1), shapeAt(i - 1)), shapeAt(i)));
        add(out, o, mixInt(mixInt(mixInt(SEED(F.ShapeBigram), 1), shapeAt(i)), shapeAt(i + 1)));
      }
      if (tagEntries) {
        const own = tagEntries[i];
        if (own) addVector(out, o, own.self, 0, T);
        else add(out, o, mixInt(SEED(F.Pos), 0));
        OFFSETS.forEach((d, k) => {
          const j = i + d;
          const near = j < 0 ? posBefore : j >= n ? posAfter : tagEntries[j]?.near;
          if (near) addVector(out, o, near, k * T, T);
          else add(out, o, mixInt(mixInt(SEED(F.PosWin), d), 0));
        });
        add(out, o, mixInt(mixInt(SEED(F.PosBigram), posAt(i - 1)), posAt(i)));
        add(out, o, mixInt(mixInt(mixInt(SEED(F.PosBigram), 1), posAt(i)), posAt(i + 1)));
      }
    }
    return out;
  };
}


type AddFeature = (out: Float32Array, at: number, hash: number) => void;

/** A word's scores: its own features (bias included) and its window features at each offset. */
function wordScores(add: AddFeature, T: number, w: string, affix: boolean, window: boolean): WordScores {
  const lowerHash = mixString(0, w.toLowerCase());
  const shapeHash = mixString(0, shortShape(w));
  const self = new Float32Array(T);
  add(self, 0, SEED(F.Bias));
  add(self, 0, mixInt(SEED(F.Lower), lowerHash));
  add(self, 0, mixString(SEED(F.Form), w));
  add(self, 0, mixString(SEED(F.Shape), longShape(w)));
  add(self, 0, mixInt(SEED(F.Short), shapeHash));
  add(self, 0, mixInt(SEED(F.Length), Math.min(w.length, 10)));
  if (affix) {
    let p = SEED(F.Prefix);
    let q = SEED(F.Suffix);
    for (let a = 0; a < 4 && a < w.length; a++) {
      p = Math.imul(p ^ w.charCodeAt(a), 0x01000193);
      q = Math.imul(q ^ w.charCodeAt(w.length - 1 - a), 0x01000193);
      add(self, 0, p);
      add(self, 0, q);
    }
  }
  const flags = (isCapitalized(w) ? 1 : 0) | (isAllCaps(w) ? 2 : 0) | (/\d/.test(w) ? 16 : 0) | (w.includes('-') ? 32 : 0) | (w.includes('.') ? 64 : 0);
  return { lowerHash, shapeHash, flags, self, near: windowScores(add, T, lowerHash, shapeHash, window) };
}

/** The window features of a word with these hashes as the neighbour at each offset (`4 × T`). */
function windowScores(add: AddFeature, T: number, lowerHash: number, shapeHash: number, window: boolean): Float32Array {
  const near = new Float32Array(OFFSETS.length * T);
  if (!window) return near;
  OFFSETS.forEach((d, k) => {
    add(near, k * T, mixInt(mixInt(SEED(F.WinLower), d), lowerHash));
    add(near, k * T, mixInt(mixInt(SEED(F.WinShort), d), shapeHash));
  });
  return near;
}

/** A POS tag's scores (tag hash `hash`): at the token, and as the neighbour at each offset. */
function tagScores(add: AddFeature, T: number, hash: number): TagScores {
  const self = new Float32Array(T);
  add(self, 0, mixInt(SEED(F.Pos), hash));
  const near = new Float32Array(OFFSETS.length * T);
  OFFSETS.forEach((d, k) => add(near, k * T, mixInt(mixInt(SEED(F.PosWin), d), hash)));
  return { hash, self, near };
}
