/** Words numbered by first appearance, with their counts, and the corpus as one id stream. */
export interface Vocabulary {
  /** `words[id]` is the key of word `id`. */
  readonly words: readonly string[];
  /** `counts[id]` is how often word `id` occurs. */
  readonly counts: Int32Array;
  /** Every token's word id, sequences separated by {@link BOUNDARY}. */
  readonly stream: Int32Array;
}

/** Marks the edge of a sequence in {@link Vocabulary.stream}. */
export const BOUNDARY = -1;

/**
 * Numbers the words of `sequences` and keeps the corpus as one `Int32Array` (4 bytes a token
 * instead of a string reference each), which the context counting then scans in one pass.
 *
 * @example buildVocabulary([['a', 'b'], ['a']]).stream // Int32Array [-1, 0, 1, -1, 0, -1]
 */
export function buildVocabulary(sequences: Iterable<readonly string[]>): Vocabulary {
  const ids = new Map<string, number>();
  const words: string[] = [];
  let counts = new Int32Array(1 << 16);
  let stream = new Int32Array(1 << 20);
  let length = 0;
  const append = (id: number): void => {
    if (length === stream.length) stream = grow(stream);
    stream[length++] = id;
  };
  append(BOUNDARY);
  for (const sequence of sequences) {
    for (const word of sequence) {
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        if (id === counts.length) counts = grow(counts);
      }
      counts[id] = (counts[id] ?? 0) + 1;
      append(id);
    }
    append(BOUNDARY);
  }
  return { words, counts: counts.slice(0, words.length), stream: stream.slice(0, length) };
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Ids of the words occurring at least `minCount` times, most frequent first (ties by id, so the
 * order is deterministic).
 */
export function frequentWords(vocabulary: Vocabulary, minCount: number): number[] {
  const { counts } = vocabulary;
  const ids: number[] = [];
  for (let id = 0; id < counts.length; id++) if ((counts[id] ?? 0) >= minCount) ids.push(id);
  return ids.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
}
