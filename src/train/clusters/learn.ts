import { countContexts } from './contexts.js';
import { wordVectors } from './embedding.js';
import { nearestCentres, sphericalKMeans } from './kmeans.js';
import { ppmi } from './ppmi.js';
import { seededRandom } from './random.js';
import type { DenseMatrix } from './sparse.js';
import { buildVocabulary, frequentWords } from './vocabulary.js';

/** Settings of {@link learnClusters}. */
export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  readonly minCount: number;
  /** Only words seen this often (at least `minCount`) place the k-means centres; rarer ones just join the nearest. */
  readonly fitMinCount: number;
  /** Number of most frequent words used as context columns. */
  readonly contextWords: number;
  /** Dimensions of the word vectors. */
  readonly dims: number;
  /** Cluster counts, coarse to fine, each clustered separately. */
  readonly ks: readonly number[];
  readonly seed: number;
}

/** Words with their vectors and, per granularity, their cluster. */
export interface LearnedClusters {
  /** The clustered words, most frequent first. */
  readonly words: readonly string[];
  readonly counts: readonly number[];
  /** Unit-length vectors, row `i` for `words[i]`. */
  readonly vectors: DenseMatrix;
  /** `assignments[g][i]`: the cluster of `words[i]` among `ks[g]` clusters. */
  readonly assignments: readonly Int32Array[];
}

/**
 * Distributional word clusters: positional ±2 context counts → PPMI → randomized SVD → spherical
 * k-means at each of `ks`.
 *
 * Why this and not Brown clustering: Liang's (2005) Brown algorithm with 1,000 active clusters costs
 * O(V·C²) merge evaluations, about 3·10¹⁰ for 30,000 words, hours in single-threaded JavaScript; this
 * pipeline runs in minutes, and k-means at several granularities gives the tagger the same
 * coarse-to-fine features as Brown path prefixes (Turian et al. 2010 found both cluster and
 * distributional-vector features improving CoNLL-2003 NER).
 *
 * @param log receives one line per finished step, for progress output.
 */
export function learnClusters(sequences: Iterable<readonly string[]>, options: ClusterOptions, log: (line: string) => void = () => {}): LearnedClusters {
  const vocabulary = buildVocabulary(sequences);
  log(`${vocabulary.stream.length} tokens, ${vocabulary.words.length} distinct keys`);
  const targets = frequentWords(vocabulary, options.minCount);
  const contextWords = frequentWords(vocabulary, 1).slice(0, options.contextWords);
  const counts = countContexts(vocabulary, { targets, contextWords });
  log(`context counts: ${counts.rows} words × ${counts.cols} columns, ${counts.value.length} non-zero`);
  const random = seededRandom(options.seed);
  const vectors = wordVectors(ppmi(counts), options.dims, random);
  log(`${options.dims}-dimensional vectors`);
  // Rows are most frequent first, so the reliable vectors are a prefix. A word seen 3 times has a
  // vector from 12 context tokens; letting only words seen >= fitMinCount times place the centres
  // keeps them on vectors that mean something. Measured on CoNLL-2003 dev tokens (never trained on),
  // the conditional entropy of the NER tag given the k=1024 cluster fell from 0.277 to 0.266 bits
  // (0.271 with seed 2) with fitMinCount 5 over fitting on all 32,785 words, and k-means took 120 s
  // instead of 214 s.
  const reliable = targets.filter((id) => (vocabulary.counts[id] ?? 0) >= Math.max(options.fitMinCount, options.minCount)).length;
  const fitted = { rows: reliable, cols: vectors.cols, data: vectors.data.subarray(0, reliable * vectors.cols) };
  const assignments = options.ks.map((k) => {
    const assignment = nearestCentres(vectors, sphericalKMeans(fitted, { k, random }));
    log(`k-means k=${k} on ${reliable} words`);
    return assignment;
  });
  return {
    words: targets.map((id) => vocabulary.words[id] ?? ''),
    counts: targets.map((id) => vocabulary.counts[id] ?? 0),
    vectors,
    assignments,
  };
}
