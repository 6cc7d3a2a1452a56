/**
 * Compares newsgraph's entity recognizer with the JavaScript NLP libraries on one CoNLL file, in
 * one run, on the same documents: conlleval-style exact-span P/R/F1 per type and overall, and
 * tagging speed (median of `--runs` timed passes after a warm-up pass, one thread). Prints a
 * Markdown table, then one line of JSON.
 *
 * @example
 * npm run bench:ner -- --gold ../shared/data/conll2003/test.txt
 * node bench/dist/bench/ner-compare.js --gold FILE [--train FILE] [--runs 3] [--limit N] [--model ner.bin.gz]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDoc, type Span, type Token } from '../src/doc/index.js';
import { readConllFile } from '../src/eval/conll.js';
import { detokenize } from '../src/eval/detokenize.js';
import { spanScores, spanTally, tallySpans, type SpanTally } from '../src/eval/ner-score.js';
import { score, type Score } from '../src/eval/segmentation.js';
import { recognizeEntities } from '../src/nlp/ner/entities.js';
import { loadTagger } from '../src/nlp/ner/resources.js';
import type { TagSpan } from '../src/nlp/ner/spans.js';
import { buildPipeline, runPipeline } from '../src/nlp/pipeline.js';
import type { AnyStage, Stage } from '../src/nlp/stage.js';
import { STAGES } from '../src/nlp/stages.js';
import { compromiseSystem, nlpjsSystem, winkEntityTypes, winkSystem, type BenchDoc, type System, type SystemOutput } from './ner-systems.js';
import { conllGoldSpans } from '../src/eval/ner-score.js';

/** The repository's `models/`: this file runs from `bench/dist/bench/`. */
const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** One system's result on the whole file. */
interface Result {
  readonly name: string;
  readonly typed: boolean;
  readonly overall: Score;
  /** PER, ORG and LOC only: the types every typed system here has (compromise has no MISC). */
  readonly withoutMisc: Score;
  /** Spans only, types ignored. */
  readonly untyped: Score;
  readonly types: Readonly<Record<string, Score>>;
  readonly tokensPerSecond: number;
}

function usage(message: string): never {
  process.stderr.write(`ner-compare: ${message}\nusage: node bench/dist/bench/ner-compare.js --gold FILE [--train FILE] [--runs N] [--limit N] [--model FILE]\n`);
  process.exit(2);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) usage(`--${name} expects a positive whole number, got "${value}"`);
  return n;
}

/** The gold tokens a character span overlaps, after trimming spaces, edge punctuation and a possessive "'s" off it. */
function toTokens(text: string, tokens: readonly Span[], span: TagSpan): TagSpan {
  let { start, end } = span;
  while (start < end && /[\s"'`“”‘’(\[{,.;:!?)\]}]/u.test(text[start] ?? '')) start++;
  for (let before = -1; before !== end; ) {
    before = end;
    while (end > start && /[\s"'`“”‘’(\[{,.;:!?)\]}]/u.test(text[end - 1] ?? '')) end--;
    if (/['’]s$/u.test(text.slice(start, end)) && end - start > 2) end -= 2;
  }
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) {
      if (first < 0) first = i;
      last = i + 1;
    }
  });
  return { start: first, end: last, type: span.type };
}

/** Adds one document's predictions to a typed and an untyped tally. */
function tallyDocument(doc: BenchDoc, output: SystemOutput, typed: SpanTally, untyped: SpanTally): void {
  const predicted = output.unit === 'tokens' ? output.spans : output.spans.map((s) => toTokens(doc.gold.text, doc.gold.tokens, s));
  tallySpans(typed, doc.goldSpans, predicted);
  const name = (s: TagSpan): TagSpan => ({ start: s.start, end: s.end, type: 'NAME' });
  tallySpans(untyped, doc.goldSpans.map(name), predicted.map(name));
}

/** A warm-up pass that is also scored, then `runs` timed passes; the median speed. */
async function measure(system: System, docs: readonly BenchDoc[], tokens: number, runs: number): Promise<Result> {
  const typed = spanTally();
  const untyped = spanTally();
  for (const doc of docs) tallyDocument(doc, await system.tag(doc), typed, untyped);
  const speeds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (const doc of docs) await system.tag(doc);
    speeds.push(tokens / ((performance.now() - started) / 1000));
  }
  speeds.sort((a, b) => a - b);
  const { overall, types } = spanScores(typed);
  const rows = new Map(types);
  const sum = (key: 'gold' | 'predicted' | 'correct'): number => ['PER', 'ORG', 'LOC'].reduce((n, t) => n + (rows.get(t)?.[key] ?? 0), 0);
  return {
    name: system.name,
    typed: system.typed,
    overall,
    withoutMisc: score(sum('gold'), sum('predicted'), sum('correct')),
    untyped: spanScores(untyped).overall,
    types: Object.fromEntries(TYPES.map((t) => [t, rows.get(t) ?? score(0, 0, 0)])),
    tokensPerSecond: Math.round(speeds[Math.floor(speeds.length / 2)] ?? 0),
  };
}

const pct = (s: Score): string => (100 * s.f1).toFixed(1);

function tableRow(r: Result): string {
  const typed = r.typed
    ? [(100 * r.overall.precision).toFixed(1), (100 * r.overall.recall).toFixed(1), `**${pct(r.overall)}**`, pct(r.withoutMisc)]
    : ['—', '—', '—', '—'];
  const perType = TYPES.map((t) => (r.typed ? pct(r.types[t] ?? score(0, 0, 0)) : '—'));
  return `| ${r.name} | ${typed.join(' | ')} | ${pct(r.untyped)} | ${perType.join(' | ')} | ${r.tokensPerSecond.toLocaleString('en-US')} |`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { gold: { type: 'string' }, train: { type: 'string' }, runs: { type: 'string' }, limit: { type: 'string' }, model: { type: 'string' } },
  });
  if (!values.gold) usage('--gold FILE is required (a CoNLL file, e.g. ../shared/data/conll2003/test.txt)');
  const runs = positive('runs', values.runs, 3);
  const trainPath = values.train ?? join(dirname(values.gold), 'train.txt');
  const all = await readConllFile(values.gold);
  const conll = all.slice(0, positive('limit', values.limit, all.length));

  const docs: BenchDoc[] = conll.map((doc) => {
    const gold = detokenize(doc);
    const raw = createDoc(gold.text, { format: 'text' });
    // Token kinds do not matter to the entity model; it reads only the words.
    const tokens: Token[] = gold.tokens.map((t) => ({ ...t, kind: 'word' }));
    return { gold, goldSpans: conllGoldSpans(doc), raw, tokenized: { ...raw, layers: { tokens, sentences: gold.sentences } } };
  });
  const tokenCount = docs.reduce((n, d) => n + d.gold.tokens.length, 0);

  // The shipped `entities` stage loads its model from `models/` beside its compiled file, which
  // under bench/dist/ is not the repository's; this stage is the same function with the same model.
  // Its post-rules load the knowledge base and places the same way: `npm run bench:ner` links
  // bench/dist/models to the repository's models/ for them.
  const resources = loadTagger(values.model ?? 'ner.bin.gz', MODELS);
  const entities: Stage<'entities'> = {
    name: 'entities',
    requires: ['tokens', 'sentences'],
    assigns: 'entities',
    run: (doc) => recognizeEntities(doc.text, doc.layers.tokens ?? [], doc.layers.sentences ?? [], resources),
  };
  // The stages up to and including entities, named here: later default stages (links…) are not NER.
  const pipeline = buildPipeline(['paragraphs', 'tokens', 'sentences', 'entities'], new Map<string, AnyStage>(STAGES).set('entities', entities));
  const train = await readConllFile(trainPath);
  const nlpjs = [nlpjsSystem(train), nlpjsSystem(train, 0.5)];

  const systems: System[] = [
    {
      name: 'newsgraph entities stage, gold tokens',
      typed: true,
      tag: (doc) => ({ unit: 'tokens', spans: entities.run(doc.tokenized).map((e) => ({ start: e.tokenStart, end: e.tokenEnd, type: e.type })) }),
    },
    {
      name: 'newsgraph full pipeline, raw text',
      typed: true,
      tag: (doc) => ({ unit: 'chars', spans: runPipeline(pipeline, doc.raw, { errors: 'strict' }).layers.entities ?? [] }),
    },
    compromiseSystem(),
    ...nlpjs.map((n) => n.system),
    winkSystem(),
  ];

  const results: Result[] = [];
  for (const system of systems) {
    process.stderr.write(`${system.name}…\n`);
    results.push(await measure(system, docs, tokenCount, runs));
  }
  const winkTypes = Object.fromEntries([...winkEntityTypes(docs)].sort((a, b) => b[1] - a[1]));

  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(`${values.gold}: ${docs.length} documents, ${tokenCount} tokens, ${docs.reduce((n, d) => n + d.goldSpans.length, 0)} gold entities; ` +
    `nlp.js gazetteers: ${nlpjs.map((n) => n.gazetteerSize).join(' and ')} names from ${trainPath}; speed: median of ${runs} passes after a warm-up; Node ${process.version}`);
  out('');
  out('| system | P | R | F1 | F1 PER+ORG+LOC | untyped F1 | PER | ORG | LOC | MISC | tokens/s |');
  out('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) out(tableRow(r));
  out('');
  out(`wink-nlp entity types found (none is a person, organization or place): ${JSON.stringify(winkTypes)}`);
  out(JSON.stringify({
    bench: 'ner-compare',
    gold: values.gold,
    train: trainPath,
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    documents: docs.length,
    tokens: tokenCount,
    runs,
    systems: results.map((r) => ({
      name: r.name,
      typed: r.typed,
      // An untyped system predicts no PER/ORG/LOC/MISC, so only its untyped score means anything.
      ...(r.typed
        ? {
            precision: r.overall.precision,
            recall: r.overall.recall,
            f1: r.overall.f1,
            f1WithoutMisc: r.withoutMisc.f1,
            types: Object.fromEntries(Object.entries(r.types).map(([t, s]) => [t, { precision: s.precision, recall: s.recall, f1: s.f1 }])),
          }
        : {}),
      untypedF1: r.untyped.f1,
      tokensPerSecond: r.tokensPerSecond,
    })),
    winkEntityTypes: winkTypes,
  }));
}

await main();
