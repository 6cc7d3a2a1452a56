import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatClusters } from '../resources/clusters.js';
import { newsCorpus } from './clusters/corpus.js';
import { learnClusters } from './clusters/learn.js';
import type { ClusterOptions, LearnedClusters } from './clusters/learn.js';
import { sanityReport } from './clusters/sanity.js';

/**
 * Learns word clusters from the unlabeled news under `../shared/data` and writes
 * `models/clusters.tsv` (format: src/resources/clusters.ts). Built with the rest of `src`, run as
 * `node dist/train/clusters.js [--data DIR] [--out FILE] [--min-count N] [--fit-min-count N] [--contexts N] [--dims N]
 * [--ks 64,256,1024] [--seed N]`; relative paths are resolved against the repository root.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROBES = ['monday', 'germany', 'minister', 'said', 'clinton', 'bank', 'march', '0.0', 'reuters', 'london'];

interface Settings extends ClusterOptions {
  readonly data: string;
  readonly out: string;
}

const DEFAULTS: Settings = {
  data: '../shared/data',
  out: 'models/clusters.tsv',
  // Words seen 3 times or more: about 40,000 keys. Rarer words' contexts are mostly noise, and the
  // tagger's own word and shape features cover them.
  minCount: 3,
  fitMinCount: 5,
  contextWords: 3000,
  dims: 100,
  ks: [64, 256, 1024],
  seed: 1,
};

function parseArgs(argv: readonly string[]): Settings {
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULTS };
  const flags: Readonly<Record<string, keyof Settings>> = {
    '--data': 'data', '--out': 'out', '--min-count': 'minCount', '--fit-min-count': 'fitMinCount', '--contexts': 'contextWords', '--dims': 'dims', '--ks': 'ks', '--seed': 'seed',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const name = flags[argv[i] ?? ''];
    const value = argv[i + 1];
    if (name === undefined || value === undefined) {
      throw new Error(`E_USAGE: unknown flag or missing value at "${argv[i]}"; flags: ${Object.keys(flags).join(' ')}`);
    }
    if (name === 'data' || name === 'out') settings[name] = value;
    else if (name === 'ks') settings[name] = value.split(',').map(positiveInteger);
    else settings[name] = positiveInteger(value);
  }
  return settings;
}

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`E_USAGE: expected a positive integer, got "${text}"`);
  return n;
}

function describe(settings: Settings, learned: LearnedClusters): string {
  const features = settings.ks.map((k) => `k${k}:<id>`).join(' ');
  return `features ${features} (k-means cluster ids, coarse to fine) for ${learned.words.length} words seen >= ${settings.minCount} times ` +
    `in reuters21578 + bbc-news-fulltext + conll2003/train; spherical k-means++ (seed ${settings.seed}, centres fitted on words seen >= ${settings.fitMinCount} times) of ${settings.dims}-dim ` +
    `randomized-SVD PPMI vectors over positional +-2 contexts (top ${settings.contextWords} words)`;
}

function main(): void {
  const settings = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const log = (line: string): void => void process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
  const data = resolve(ROOT, settings.data);
  if (!existsSync(data)) throw new Error(`E_DATA: no corpus folder at ${data}; pass --data DIR, the folder holding reuters21578/, bbc-news-fulltext/ and conll2003/`);
  const parts = newsCorpus(data);
  log(`reading ${parts.map((p) => p.name).join(', ')} from ${data}`);
  const sequences = (function* () {
    for (const part of parts) yield* part.sequences;
  })();
  const learned = learnClusters(sequences, settings, log);
  const out = resolve(ROOT, settings.out);
  mkdirSync(dirname(out), { recursive: true });
  const entries = learned.words.map((word, i) => [word, settings.ks.map((k, g) => `k${k}:${learned.assignments[g]?.[i] ?? 0}`)] as const);
  writeFileSync(out, formatClusters(describe(settings, learned), entries));
  log(`wrote ${learned.words.length} words to ${out}`);
  for (const line of sanityReport(learned, settings.ks, PROBES)) process.stdout.write(`${line}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`train:clusters: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
