import { iob1ToBio, readConllFile, type ConllDocument } from '../conll.js';
import { spanScores, spanTally, tallySentence } from '../ner-score.js';
import { limitFlag } from '../segmentation.js';
import { EvalInputError, type EvalTask } from '../task.js';
import type { SentenceInput } from '../../nlp/ner/features.js';
import { loadTagger, type TaggerResources } from '../../nlp/ner/resources.js';
import { bestPath, tagDocument } from '../../nlp/ner/tagger.js';
import { chunkTags } from '../../nlp/syntax/chunks.js';
import { POS_BEAM, tagWords } from '../../nlp/syntax/pos.js';

/** Each document's sentences as tagger input, with the POS column when `pos` is given. */
function inputs(documents: readonly ConllDocument[], pos?: readonly (readonly string[][])[]): SentenceInput[][] {
  return documents.map((doc, d) =>
    doc.sentences.map((s, k) => {
      const words = s.tokens.map((t) => t.form);
      return pos ? { words, pos: pos[d]?.[k] ?? [] } : { words };
    }),
  );
}

/** Tags every document with `tag`; returns the tags and the milliseconds spent (median of `runs` passes after a warm-up, or the one pass). */
function timed<R>(docs: readonly SentenceInput[][], runs: number, tag: (sentences: readonly SentenceInput[]) => R): { out: R[]; ms: number } {
  let out: R[] = [];
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    out = docs.map(tag);
    times.push(performance.now() - started);
  }
  const timedRuns = runs > 0 ? times.slice(1).sort((a, b) => a - b) : times;
  return { out, ms: timedRuns[Math.floor(timedRuns.length / 2)] ?? 0 };
}

/** Token accuracy of `predicted` POS tags against column 1 of the gold. */
function posAccuracy(documents: readonly ConllDocument[], predicted: readonly (readonly string[][])[]): number {
  let tokens = 0;
  let correct = 0;
  documents.forEach((doc, d) =>
    doc.sentences.forEach((s, k) =>
      s.tokens.forEach((t, i) => {
        tokens++;
        if (t.columns[1] === predicted[d]?.[k]?.[i]) correct++;
      }),
    ),
  );
  return tokens > 0 ? correct / tokens : 0;
}

/** Exact-span chunk F1 of `predicted` BIO tags against column 2 of the gold (IOB1). */
function chunkF1(documents: readonly ConllDocument[], predicted: readonly (readonly string[][])[]): number {
  const tally = spanTally();
  documents.forEach((doc, d) =>
    doc.sentences.forEach((s, k) => tallySentence(tally, iob1ToBio(s.tokens.map((t) => t.columns[2] ?? 'O')), predicted[d]?.[k] ?? [])),
  );
  return spanScores(tally).overall.f1;
}

/** POS tags with plain Viterbi over all tags: what the beam is compared with. */
function fullViterbiTags(sentences: readonly SentenceInput[], resources: TaggerResources): string[][] {
  const { model } = resources;
  return tagDocument(model, sentences, resources, bestPath(model)).map((path) => Array.from(path, (t) => model.tags[t] ?? ''));
}

const pct = (x: number): number => Number((x * 100).toFixed(2));

/**
 * The POS tagger and chunker on CoNLL-2003 files (4 columns: word, POS, chunk, entity), on gold
 * tokens: POS accuracy with the stage's beam decoder and with full Viterbi, chunk F1 with gold
 * POS and with the POS stage's tags (the chunker's real input), and tokens per second of each.
 * `--runs N` times N passes after a warm-up and reports the median.
 *
 * @example
 * newsgraph eval syntax --gold ../shared/data/conll2003/dev.txt --runs 3
 */
export const task: EvalTask = {
  name: 'syntax',
  description: 'POS accuracy and chunk F1 on CoNLL-2003 files with gold tokens, and tagging speed (--gold FILE.txt)',
  async run({ gold: path, flags, report }) {
    const all = await readConllFile(path);
    const documents = all.slice(0, limitFlag(flags) ?? all.length);
    if (documents.some((doc) => doc.sentences.some((s) => s.tokens.some((t) => t.columns.length < 4)))) {
      throw new EvalInputError('E_EVAL_COLUMNS', `'${path}' lacks the POS and chunk columns (CoNLL-2003 has word, POS, chunk, entity)`);
    }
    const runs = typeof flags['runs'] === 'string' ? Number(flags['runs']) : 0;
    const posTagger = loadTagger('pos.bin.gz');
    const chunker = loadTagger('chunk.bin.gz');
    const tokens = documents.reduce((sum, doc) => sum + doc.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
    const perSecond = (ms: number): number => Math.round(tokens / (ms / 1000));
    const words = inputs(documents);
    const pos = timed(words, runs, (sentences) => tagWords(sentences, posTagger));
    const full = timed(words, runs, (sentences) => fullViterbiTags(sentences, posTagger));
    const goldPos = documents.map((doc) => doc.sentences.map((s) => s.tokens.map((t) => t.columns[1] ?? '')));
    const chunksGold = timed(inputs(documents, goldPos), runs, (sentences) => chunkTags(sentences, chunker));
    const chunksPredicted = timed(inputs(documents, pos.out), runs, (sentences) => chunkTags(sentences, chunker));
    const metrics = {
      task: 'syntax',
      documents: documents.length,
      tokens,
      posAccuracy: pct(posAccuracy(documents, pos.out)),
      posAccuracyFullViterbi: pct(posAccuracy(documents, full.out)),
      posBeam: POS_BEAM,
      chunkF1GoldPos: pct(chunkF1(documents, chunksGold.out)),
      chunkF1PredictedPos: pct(chunkF1(documents, chunksPredicted.out)),
      posTokensPerSecond: perSecond(pos.ms),
      posFullViterbiTokensPerSecond: perSecond(full.ms),
      chunkTokensPerSecond: perSecond(chunksPredicted.ms),
    };
    report(`syntax: ${documents.length} documents, ${tokens} tokens from ${path} (gold tokens)`);
    report(`POS accuracy ${metrics.posAccuracy}% (Viterbi over each token's ${POS_BEAM} best tags), ${metrics.posAccuracyFullViterbi}% (full Viterbi)`);
    report(`chunk F1 ${metrics.chunkF1PredictedPos} with the POS tagger's tags, ${metrics.chunkF1GoldPos} with gold POS`);
    const how = runs > 0 ? `median of ${runs} passes after a warm-up` : 'first pass';
    report(`tokens/s (${how}): POS ${metrics.posTokensPerSecond} (full Viterbi ${metrics.posFullViterbiTokensPerSecond}), chunks ${metrics.chunkTokensPerSecond}`);
    return metrics;
  },
};
