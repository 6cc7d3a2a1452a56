/**
 * Trains a sequence labeller on CoNLL-2003 (train split; dev split to pick the epoch):
 *
 *   node dist/train/ner.js [--task ner|pos|chunk] [--data ../shared/data] [--epochs 10]
 *     [--bits 20] [--seed 1] [--groups affix,window,gazetteer,clusters,document,names] [--out FILE]
 *     [--gazetteer models/gazetteer.tsv.gz] [--clusters models/clusters.tsv] [--dropout 0]
 *     [--final] [--ensemble 1] [--pseudo FILE [--pseudo-ratio 1] [--pseudo-epochs E]] [--edges shape]
 *     [--margin 0] [--crf 0]
 *
 * Prints dev F1 (accuracy for POS) after every epoch and writes the best epoch's averaged model.
 * `--final` trains on train + dev for exactly `--epochs` epochs (a count chosen on dev before)
 * and writes the last epoch; its dev scores are then scores on training data, printed only to
 * check that a retrain repeats. `--dropout P` hides a token's identity features (word, affixes,
 * clusters) with probability P in training (word dropout; seeded). `--ensemble N` trains N
 * times with seeds `seed … seed+N−1` (each keeping its best dev epoch) and writes the mean of
 * their weights: one model of the same size and speed, less dependent on one document order.
 * `--pseudo FILE` self-trains: each epoch also learns from a fresh seeded sample of the
 * pseudo-labelled documents that `node dist/train/ner-self.js` wrote, holding `--pseudo-ratio`
 * times as many sentences as the training data, during the first `--pseudo-epochs` epochs only
 * (all of them by default); dev still picks the epoch. `--edges lower,shape` adds tag-bigram
 * features: the previous tag joined with the word's lower-cased form and/or its shape
 * (`src/nlp/ner/edges.ts`). `--margin M` trains a large-margin perceptron: while learning, every
 * wrong tag of a token gets M added to its score (`src/nlp/ner/loss-augmented.ts`), so a sentence
 * the model tags right by a small distance still updates it. `--crf RATE` trains a
 * softmax-margin CRF instead (`src/nlp/ner/softmax-margin.ts`): stochastic gradient steps of size
 * RATE on the sentence's log-likelihood, with `--margin` as the cost each wrong tag adds inside
 * the normalizer, averaged like the perceptron.
 * Documents are shuffled with a fixed seed and sentences kept in order inside each, because the
 * history feature needs what earlier sentences of the same article were tagged.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spanScores, spanTally, tallySentence } from '../eval/ner-score.js';
import { ALL_GROUPS, EDGE_KINDS, type EdgeKind, type FeatureGroup, type FeatureResources } from '../nlp/ner/features.js';
import { loadGazetteer } from '../nlp/ner/gazetteer.js';
import { lossAugmentedPath } from '../nlp/ner/loss-augmented.js';
import { softmaxMarginStep } from '../nlp/ner/softmax-margin.js';
import { loadClusters } from '../resources/clusters.js';
import { emptyModel, type LinearModel } from '../nlp/ner/model.js';
import { averaged, averageModels, perceptron, update } from '../nlp/ner/perceptron.js';
import { loadTagger, type TaggerResources } from '../nlp/ner/resources.js';
import { serializeModel } from '../nlp/ner/serialize.js';
import { bestPath, tagDocument } from '../nlp/ner/tagger.js';
import { flag, numberFlag, onlyFlags } from './args.js';
import { readLabelled, type LabelledDocument, type TaskName } from './ner-data.js';
import { samplePseudo } from './ner-pseudo.js';
import { random, shuffle } from './shuffle.js';

/** Dev score of a model: entity/chunk F1, or token accuracy for POS. */
function evaluate(model: LinearModel, docs: readonly LabelledDocument[], resources: FeatureResources, task: TaskName): number {
  const tally = spanTally();
  for (const doc of docs) {
    const paths = tagDocument(model, doc.sentences, resources, bestPath(model));
    paths.forEach((path, s) => tallySentence(tally, doc.tags[s] ?? [], [...path].map((t) => model.tags[t] ?? 'O')));
  }
  return task === 'pos' ? tally.correctTokens / tally.tokens : spanScores(tally).overall.f1;
}

/**
 * The dev documents with the POS model's tags in place of the gold ones: the chunker's input at
 * run time, so its dev score on these is the one users get.
 */
function withPredictedPos(docs: readonly LabelledDocument[], pos: TaggerResources): LabelledDocument[] {
  return docs.map((doc) => {
    const paths = tagDocument(pos.model, doc.sentences.map((s) => ({ words: s.words })), pos);
    return { ...doc, sentences: doc.sentences.map((s, k) => ({ words: s.words, pos: Array.from(paths[k] ?? [], (t) => pos.model.tags[t] ?? '') })) };
  });
}

/** What one training run reads. */
interface Run {
  readonly train: readonly LabelledDocument[];
  readonly dev: readonly LabelledDocument[];
  readonly resources: FeatureResources;
  readonly task: TaskName;
  readonly index: ReadonlyMap<string, number>;
  readonly epochs: number;
  readonly dropout: number;
  readonly final: boolean;
  readonly started: number;
  readonly seed: number;
  readonly pseudo: Pseudo;
  /** What every wrong tag gains when decoding to learn (`--margin`); 0 decodes as at run time. */
  readonly margin: number;
  /** With `--crf RATE`: the learning rate of softmax-margin CRF steps, which replace perceptron updates; 0 trains a perceptron. */
  readonly crf: number;
}

/** Pseudo-labelled documents mixed into training: how many sentences per epoch, for how many epochs. */
interface Pseudo {
  readonly pool: readonly LabelledDocument[];
  readonly sentences: number;
  readonly epochs: number;
}

/**
 * Trains `model` for `run.epochs` epochs (documents shuffled by `run.seed`) and returns the
 * averaged model of the epoch with the best dev score (the last epoch with `final`).
 */
function trainRun(model: LinearModel, run: Run): { score: number; epoch: number; model: LinearModel } {
  const { train, dev, resources, task, index, epochs, dropout, final, started, seed, pseudo, margin } = run;
  const p = perceptron(model);
  const decode = bestPath(p.model);
  let best = { score: -1, epoch: 0, model: p.model };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const coin = random(seed * 7919 + epoch);
    const drop = dropout > 0 ? (): boolean => coin() < dropout : undefined;
    const extra = epoch <= pseudo.epochs && pseudo.sentences > 0 ? samplePseudo(pseudo.pool, pseudo.sentences, seed * 1009 + epoch) : [];
    for (const doc of shuffle([...train, ...extra], seed + epoch)) {
      tagDocument(p.model, doc.sentences, resources, (features, s) => {
        const gold = Int32Array.from(doc.tags[s] ?? [], (t) => index.get(t) ?? 0);
        if (run.crf > 0) {
          softmaxMarginStep(p, features, gold, margin, run.crf);
          return decode(features, s);
        }
        const predicted = margin > 0 ? lossAugmentedPath(p.model, features, gold, margin) : decode(features, s);
        update(p, features, gold, predicted);
        // The path learned from also feeds the history feature of later sentences; with a margin,
        // feeding the model's own path instead measured the same on dev (docs/benchmarks.md).
        return predicted;
      }, drop ? { drop } : {});
    }
    const averagedModel = averaged(p);
    const score = evaluate(averagedModel, dev, resources, task);
    if (score > best.score || (final && epoch === epochs)) best = { score, epoch, model: averagedModel };
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    process.stdout.write(`epoch ${epoch}: dev ${task === 'pos' ? 'accuracy' : 'F1'} ${(score * 100).toFixed(2)}  (${seconds} s)\n`);
  }
  return best;
}

async function main(): Promise<void> {
  onlyFlags(
    ['task', 'data', 'epochs', 'bits', 'seed', 'groups', 'out', 'gazetteer', 'clusters', 'dropout', 'ensemble', 'pseudo', 'pseudo-ratio', 'pseudo-epochs', 'edges', 'margin', 'crf'],
    ['final'],
  );
  const task = (flag('task') ?? 'ner') as TaskName;
  const data = flag('data') ?? '../shared/data';
  const epochs = numberFlag('epochs', 10);
  const groupsFlag = flag('groups');
  const defaults: readonly FeatureGroup[] = task === 'ner' ? ALL_GROUPS.filter((g) => g !== 'pos') : task === 'chunk' ? ['affix', 'window', 'pos'] : ['affix', 'window'];
  const gazetteerPath = flag('gazetteer') ?? 'models/gazetteer.tsv.gz';
  const clustersPath = flag('clusters') ?? 'models/clusters.tsv';
  // A group whose file is missing is left out of the model's config, so that a model trained
  // without clusters never reads a clusters file that appears later (its buckets would collide).
  const groups = (groupsFlag === undefined ? defaults : (groupsFlag.split(',').filter((g) => g.length > 0) as FeatureGroup[]))
    .filter((g) => ((g !== 'gazetteer' && g !== 'names') || existsSync(gazetteerPath)) && (g !== 'clusters' || existsSync(clustersPath)));
  // Tag-bigram features stay out of the config unless asked for, so the headers of models trained
  // without them (POS, chunk) are byte for byte what they were.
  const edges = (flag('edges') ?? '').split(',').filter((k) => k.length > 0);
  const unknownEdge = edges.find((k) => !(EDGE_KINDS as readonly string[]).includes(k));
  if (unknownEdge !== undefined) throw new Error(`E_TRAIN_FLAG: --edges takes ${EDGE_KINDS.join(',')}, got "${unknownEdge}"`);
  const margin = numberFlag('margin', 0);
  if (margin < 0) throw new Error(`E_TRAIN_FLAG: --margin takes a cost of 0 or more (30 for the perceptron, 3 with --crf), got ${margin}`);
  const crf = numberFlag('crf', 0);
  if (crf < 0) throw new Error(`E_TRAIN_FLAG: --crf takes a positive learning rate (0.1 trains well), got ${crf}`);
  if (crf > 0 && edges.length > 0) throw new Error('E_TRAIN_FLAG: --crf does not train tag-bigram features; leave out --edges');
  const config = { bits: numberFlag('bits', 20), groups, ...(edges.length > 0 ? { edges: edges as EdgeKind[] } : {}) };
  const dropout = numberFlag('dropout', 0);
  const out = flag('out') ?? `models/${task}.bin.gz`;
  const started = performance.now();
  const final = process.argv.includes('--final');
  const dev = await readLabelled(join(data, 'conll2003/dev.txt'), task);
  const train = [...(await readLabelled(join(data, 'conll2003/train.txt'), task)), ...(final ? dev : [])];
  const resources: FeatureResources = {
    ...(groups.includes('gazetteer') || groups.includes('names') ? { gazetteer: loadGazetteer(gazetteerPath) } : {}),
    ...(groups.includes('clusters') ? { clusters: loadClusters(clustersPath) } : {}),
  };
  const ensemble = numberFlag('ensemble', 1);
  const pseudoPath = flag('pseudo');
  const pool = pseudoPath === undefined ? [] : await readLabelled(pseudoPath, task);
  const trainSentences = train.reduce((n, d) => n + d.sentences.length, 0);
  const pseudo: Pseudo = { pool, sentences: Math.round(numberFlag('pseudo-ratio', 1) * trainSentences), epochs: numberFlag('pseudo-epochs', epochs) };
  if (pseudoPath !== undefined) process.stdout.write(`pseudo-labelled: ${pool.length} documents in ${pseudoPath}; ${pseudo.sentences} sentences per epoch for ${pseudo.epochs} epochs\n`);
  const tagSet = new Set<string>();
  for (const doc of train) for (const tags of doc.tags) for (const t of tags) tagSet.add(t);
  const tags = [...tagSet].sort((a, b) => (a === 'O' ? -1 : b === 'O' ? 1 : a < b ? -1 : 1));
  const index = new Map(tags.map((t, i) => [t, i]));
  process.stdout.write(`${task}: ${train.length} train documents, ${tags.length} tags, groups ${groups.join(',') || '(none)'}, 2^${config.bits} buckets\n`);
  const firstSeed = numberFlag('seed', 1);
  const members: { score: number; epoch: number; model: LinearModel }[] = [];
  for (let k = 0; k < ensemble; k++) {
    if (ensemble > 1) process.stdout.write(`seed ${firstSeed + k}:\n`);
    const run = { train, dev, resources, task, index, epochs, dropout, final, started, seed: firstSeed + k, pseudo, margin, crf };
    members.push(trainRun(emptyModel(tags, config), run));
  }
  let best = members[0] as { score: number; epoch: number; model: LinearModel };
  if (ensemble > 1) {
    const model = averageModels(members.map((m) => m.model));
    const score = evaluate(model, dev, resources, task);
    process.stdout.write(`average of ${ensemble} runs (best epochs ${members.map((m) => m.epoch).join(', ')}): dev ${(score * 100).toFixed(2)}\n`);
    best = { score, epoch: 0, model };
  }
  if (task === 'chunk' && existsSync('models/pos.bin.gz')) {
    const predicted = evaluate(best.model, withPredictedPos(dev, loadTagger('pos.bin.gz', 'models')), resources, task);
    process.stdout.write(`dev F1 with predicted POS (models/pos.bin.gz): ${(predicted * 100).toFixed(2)}\n`);
  }
  const bytes = serializeModel(best.model);
  writeFileSync(out, bytes);
  process.stdout.write(`${ensemble > 1 ? `average of ${ensemble}` : `best epoch ${best.epoch}`}: dev ${(best.score * 100).toFixed(2)}; wrote ${out} (${(bytes.length / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

await main();
