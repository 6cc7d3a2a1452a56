import { readFileSync } from 'node:fs';
import { clusterKey } from './cluster-key.js';

/** Word clusters learned from unlabeled news, as opaque feature strings per word. */
export interface WordClusters {
  /**
   * The cluster features of `token` (keyed through {@link clusterKey}), coarse to fine, e.g.
   * `["k64:17", "k256:201", "k1024:877"]`; `[]` for a word the clusters never saw.
   */
  features(token: string): readonly string[];
  /** Number of words with clusters. */
  readonly size: number;
  /** The header's description of the clusters (the text after `# newsgraph word clusters v1`). */
  readonly description: string;
}

/** The first line of every clusters file, before its free-text description. */
export const CLUSTERS_HEADER = '# newsgraph word clusters v1';

const NONE: readonly string[] = Object.freeze([]);

/**
 * Parses the clusters file format: a first line `# newsgraph word clusters v1 <description>`,
 * then one line per word, `key<TAB>feature<TAB>feature…`, keys already normalised by
 * {@link clusterKey}. Blank lines and a final newline are ignored.
 * Throws `E_CLUSTERS_FORMAT` when the header is missing (a wrong or truncated file).
 *
 * @example
 * parseClusters('# newsgraph word clusters v1 k-means\nmonday\tk64:3\tk256:40\n').features('Monday')
 * // ["k64:3", "k256:40"]
 */
export function parseClusters(text: string): WordClusters {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  if (!header.startsWith(CLUSTERS_HEADER)) {
    throw new Error(`E_CLUSTERS_FORMAT: expected the first line to start with "${CLUSTERS_HEADER}", got "${header.slice(0, 60)}"; rebuild the file with the train:clusters script`);
  }
  const byKey = new Map<string, readonly string[]>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const fields = line.split('\t');
    const key = fields.shift() ?? '';
    byKey.set(key, Object.freeze(fields));
  }
  return {
    features: (token) => byKey.get(clusterKey(token)) ?? NONE,
    size: byKey.size,
    description: header.slice(CLUSTERS_HEADER.length).trim(),
  };
}

/**
 * Loads a clusters file (UTF-8, format of {@link parseClusters}), e.g. `models/clusters.tsv`.
 * About 50 ms for 50,000 words. Throws when the file cannot be read or has no header.
 *
 * @example loadClusters('models/clusters.tsv').features('Germany') // ["k64:…", "k256:…", "k1024:…"]
 */
export function loadClusters(path: string): WordClusters {
  return parseClusters(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
}

/**
 * The clusters file text for `entries` (key → features), in the format {@link parseClusters} reads.
 * Keys must be {@link clusterKey} forms; neither keys nor features may hold a tab or newline.
 *
 * @example formatClusters('k-means', [['monday', ['k64:3']]]) // "# newsgraph word clusters v1 k-means\nmonday\tk64:3\n"
 */
export function formatClusters(description: string, entries: Iterable<readonly [string, readonly string[]]>): string {
  const lines = [`${CLUSTERS_HEADER} ${description}`];
  for (const [key, features] of entries) lines.push([key, ...features].join('\t'));
  return lines.join('\n') + '\n';
}
