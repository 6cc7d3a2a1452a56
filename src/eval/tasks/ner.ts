import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { iob1ToBio, readConllFile, type ConllDocument } from '../conll.js';
import { detokenize } from '../detokenize.js';
import { conllGoldSpans, spanScores, spanTally, tallySentence, tallySpans, type SpanTally } from '../ner-score.js';
import { formatScore, limitFlag } from '../segmentation.js';
import { EvalInputError, type EvalTask } from '../task.js';
import { annotatedNames, spanName } from '../unseen-names.js';
import type { TagSpan } from '../../nlp/ner/spans.js';
import { tagSpans } from '../../nlp/ner/spans.js';
import { recognizeEntities } from '../../nlp/ner/entities.js';
import { loadTagger, type TaggerResources } from '../../nlp/ner/resources.js';
import { tagDocument } from '../../nlp/ner/tagger.js';
import { splitParagraphs } from '../../nlp/paragraphs.js';
import { splitSentences } from '../../nlp/sentences.js';
import { tokenize } from '../../nlp/tokenize.js';

/** A `--model` path given with a folder is taken from the working directory; a bare name from `models/`. */
function resolveModel(flag: string): string {
  if (!flag.includes('/')) return flag;
  const path = resolve(flag);
  if (!existsSync(path)) throw new EvalInputError('E_EVAL_MODEL', `no model file at '${path}'`);
  return path;
}

/** Reads the CoNLL file a flag names, or says which flag's path is not a readable file. */
async function readConllInput(path: string, flag: string): Promise<ConllDocument[]> {
  const kind = existsSync(path) ? (statSync(path).isFile() ? 'file' : 'folder') : 'nothing';
  if (kind !== 'file') throw new EvalInputError('E_EVAL_INPUT', `${flag} expects a CoNLL file, found ${kind} at '${resolve(path)}'`);
  return readConllFile(path);
}

/**
 * Tagging speed on gold tokens: `runs` timed passes over all documents after one warm-up pass,
 * the median in tokens per second (the first pass also pays for the JIT compiling the tagger).
 */
function medianSpeed(documents: readonly ConllDocument[], resources: TaggerResources, runs: number): number {
  const inputs = documents.map((doc) => doc.sentences.map((s) => ({ words: s.tokens.map((t) => t.form) })));
  const tokens = documents.reduce((sum, doc) => sum + doc.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
  const speeds: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    for (const sentences of inputs) tagDocument(resources.model, sentences, resources);
    if (run > 0) speeds.push(tokens / ((performance.now() - started) / 1000));
  }
  speeds.sort((a, b) => a - b);
  return Math.round(speeds[Math.floor(speeds.length / 2)] ?? 0);
}

/** Names of another file and the tally of the spans, gold or predicted, that are none of them. */
interface UnseenTally {
  readonly seen: ReadonlySet<string>;
  readonly tally: SpanTally;
}

/**
 * Tags the gold tokens document by document; returns the milliseconds spent tagging. With
 * `unseen`, the spans whose words are no name of its file are also tallied there.
 */
function scoreOnGoldTokens(documents: readonly ConllDocument[], resources: TaggerResources, tally: SpanTally, unseen?: UnseenTally): number {
  let ms = 0;
  const { model } = resources;
  for (const doc of documents) {
    const inputs = doc.sentences.map((s) => ({ words: s.tokens.map((t) => t.form) }));
    const started = performance.now();
    const paths = tagDocument(model, inputs, resources);
    ms += performance.now() - started;
    doc.sentences.forEach((s, k) => {
      const gold = iob1ToBio(s.tokens.map((t) => t.columns[t.columns.length - 1] ?? 'O'));
      const predicted = Array.from(paths[k] ?? [], (t) => model.tags[t] ?? 'O');
      tallySentence(tally, gold, predicted);
      if (unseen) {
        const words = s.tokens.map((t) => t.form);
        const isNew = (span: TagSpan): boolean => !unseen.seen.has(spanName(words, span));
        tallySpans(unseen.tally, tagSpans(gold).filter(isNew), tagSpans(predicted).filter(isNew));
      }
    });
  }
  return ms;
}

/**
 * Rebuilds each document's text, runs tokenizer, sentence splitter and entities on it and maps
 * each predicted mention back to gold tokens; a mention whose edges fall inside a gold token
 * ("U.S.-led" cut differently) has no gold span and counts as a wrong prediction.
 */
function scoreOnRawText(documents: readonly ConllDocument[], resources: TaggerResources, tally: SpanTally): number {
  let ms = 0;
  for (const doc of documents) {
    const gold = detokenize(doc);
    const started = performance.now();
    const tokens = tokenize(gold.text);
    const sentences = splitSentences(gold.text, tokens, splitParagraphs(gold.text));
    const entities = recognizeEntities(gold.text, tokens, sentences, resources);
    ms += performance.now() - started;
    const byStart = new Map(gold.tokens.map((t, i) => [t.start, i]));
    const byEnd = new Map(gold.tokens.map((t, i) => [t.end, i + 1]));
    const predicted = entities.map((e) => ({ start: byStart.get(e.start) ?? -1, end: byEnd.get(e.end) ?? -1, type: e.type }));
    tallySpans(tally, conllGoldSpans(doc), predicted);
    tally.tokens += gold.tokens.length;
  }
  return ms;
}

/**
 * Entity recognition against CoNLL files (2 or 4 columns, IOB1 or BIO, `-DOCSTART-` documents):
 * conlleval-style exact-span P/R/F1 per type and overall, and tagging speed. `--raw` runs the
 * whole pipeline on detokenized text instead of the gold tokens; `--model FILE` picks a model
 * file in `models/` (default `ner.bin.gz`) or, given with a folder, any model file; `--runs N` times N more tagging passes and reports
 * the median speed. `--unseen-from TRAIN.txt` (gold tokens only) also scores the names that
 * file never annotates: the gold and predicted spans whose words are no entity of TRAIN.txt.
 *
 * @example
 * newsgraph eval ner --gold ../shared/data/conll2003/dev.txt
 */
export const task: EvalTask = {
  name: 'ner',
  description: 'entity P/R/F1 per type on CoNLL files, gold tokens or --raw text (--gold FILE.txt)',
  async run({ gold: path, flags, report }) {
    const all = await readConllInput(path, '--gold');
    const documents = all.slice(0, limitFlag(flags) ?? all.length);
    const modelFile = typeof flags['model'] === 'string' ? resolveModel(flags['model']) : 'ner.bin.gz';
    const loadStarted = performance.now();
    const resources = loadTagger(modelFile);
    const loadMs = performance.now() - loadStarted;
    const raw = flags['raw'] === true;
    const unseenFrom = flags['unseen-from'];
    if (unseenFrom !== undefined && (typeof unseenFrom !== 'string' || raw)) {
      throw new EvalInputError('E_EVAL_FLAGS', '--unseen-from takes a CoNLL file and works on gold tokens only (not with --raw)');
    }
    const unseen = typeof unseenFrom === 'string' ? { seen: annotatedNames(await readConllInput(unseenFrom, '--unseen-from')), tally: spanTally() } : undefined;
    const tally = spanTally();
    const ms = raw ? scoreOnRawText(documents, resources, tally) : scoreOnGoldTokens(documents, resources, tally, unseen);
    const { overall, types } = spanScores(tally);
    const runs = typeof flags['runs'] === 'string' ? Number(flags['runs']) : 0;
    const tokensPerSecond = runs > 0 && !raw ? medianSpeed(documents, resources, runs) : Math.round(tally.tokens / (ms / 1000));
    report(`ner: ${documents.length} documents, ${tally.tokens} tokens from ${path} (${raw ? 'raw text, full pipeline' : 'gold tokens'})`);
    for (const [type, s] of types) report(formatScore(type, s));
    report(formatScore('overall', overall));
    const unseenScore = unseen && spanScores(unseen.tally).overall;
    if (unseenScore) report(formatScore(`names not in ${basename(String(unseenFrom))}`, unseenScore));
    const how = raw ? '(tokenize + sentences + entities)' : runs > 0 ? `(tagging, median of ${runs} passes after a warm-up)` : '(tagging, first pass)';
    report(`${tokensPerSecond} tokens/s ${how}; model loaded in ${loadMs.toFixed(0)} ms; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    return {
      task: 'ner',
      mode: raw ? 'raw' : 'gold-tokens',
      ...overall,
      types: Object.fromEntries(types.map(([t, s]) => [t, { precision: s.precision, recall: s.recall, f1: s.f1 }])),
      ...(unseenScore ? { unseen: { from: unseenFrom, ...unseenScore } } : {}),
      tokensPerSecond,
      documents: documents.length,
      tokens: tally.tokens,
    };
  },
};
