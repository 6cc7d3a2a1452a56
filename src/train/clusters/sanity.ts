import type { LearnedClusters } from './learn.js';

/**
 * Lines showing, for each probe word, its most frequent cluster-mates at every granularity and its
 * nearest neighbours by cosine: the quick check that "monday" sits with weekdays and "germany" with
 * countries before a tagger spends an hour training on the features.
 */
export function sanityReport(learned: LearnedClusters, ks: readonly number[], probes: readonly string[], shown = 12): string[] {
  const { words, vectors, assignments } = learned;
  const d = vectors.cols;
  const lines: string[] = [];
  for (const probe of probes) {
    const row = words.indexOf(probe);
    if (row < 0) {
      lines.push(`${probe}: no cluster (below the minimum count)`);
      continue;
    }
    assignments.forEach((assignment, g) => {
      const cluster = assignment[row];
      const mates: string[] = [];
      let size = 0;
      assignment.forEach((c, i) => {
        if (c !== cluster) return;
        size++;
        if (i !== row && mates.length < shown) mates.push(words[i] ?? '');
      });
      lines.push(`${probe} k${ks[g]}:${cluster} (${size} words): ${mates.join(' ')}`);
    });
    const similarity = words.map((_, i) => {
      let s = 0;
      for (let j = 0; j < d; j++) s += (vectors.data[i * d + j] ?? 0) * (vectors.data[row * d + j] ?? 0);
      return s;
    });
    const nearest = words.map((_, i) => i).filter((i) => i !== row).sort((a, b) => (similarity[b] ?? 0) - (similarity[a] ?? 0)).slice(0, shown);
    lines.push(`${probe} nearest: ${nearest.map((i) => `${words[i]} ${(similarity[i] ?? 0).toFixed(2)}`).join(', ')}`);
  }
  return lines;
}
