import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc } from '../doc/index.js';
import { createAnalyzer, docFromArticle, ingest, readInputs, type EngineOptions } from '../engine/index.js';
import { openSqliteStore } from '../store/index.js';
import { writeNewsPages } from './html-pages.js';
import { median, peakRssMb, timeRuns } from './stats.js';

/** What `newsgraph bench` measures and how often. */
export interface BenchOptions {
  readonly inputs: readonly string[];
  /** Timed runs per measurement, after one warm-up; medians are reported. */
  readonly runs: number;
  /** How many ~50 KB HTML pages to build from the input texts for the HTML path; 0 skips it. */
  readonly htmlPages: number;
  readonly engine: EngineOptions;
  readonly report: (line: string) => void;
}

/** A whitespace-and-punctuation regex tokenizer: the naive baseline the real one is compared with. */
function baselineTokenCount(docs: readonly Doc[]): number {
  let n = 0;
  for (const doc of docs) for (const _ of doc.text.matchAll(/\w+|[^\w\s]/g)) n += 1;
  return n;
}

async function loadDocs(inputs: readonly string[], engine: EngineOptions): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const result of readInputs(inputs, engine.read)) if (result.ok) docs.push(docFromArticle(result.article));
  return docs;
}

async function timeIngest(inputs: readonly string[], engine: EngineOptions, runs: number): Promise<number[]> {
  return timeRuns(runs, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
    const store = openSqliteStore(join(dir, 'bench.db'));
    try {
      await ingest(inputs, store, engine);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

/**
 * Measures the pipeline on the inputs: tokenization and sentence splitting in tokens/s against a
 * regex baseline, each stage's time per article, end-to-end ingest into a fresh SQLite file in
 * articles/s, the HTML path in pages/s, and peak memory. Returns the metrics printed as JSON, or
 * undefined when the inputs hold no readable article.
 */
export async function runBench(options: BenchOptions): Promise<Record<string, unknown> | undefined> {
  const { report, runs, engine } = options;
  const docs = await loadDocs(options.inputs, engine);
  if (docs.length === 0) return undefined;
  const chars = docs.reduce((sum, d) => sum + d.text.length, 0);
  report(`${docs.length} articles, ${(chars / 1e6).toFixed(1)} M chars; ${runs} timed runs after a warm-up, medians`);

  const baselineSeconds = median(await timeRuns(runs, () => void baselineTokenCount(docs)));
  const baselineTokens = baselineTokenCount(docs);

  const analyzer = createAnalyzer(engine, true);
  let tokens = 0;
  let sentences = 0;
  // CPU time as well as wall time: on a shared machine wall time includes waiting for a core.
  let cpuStart = process.cpuUsage();
  const analyzeSeconds = median(
    await timeRuns(
      runs,
      () => {
        tokens = 0;
        sentences = 0;
        // In batches, as ingest analyses them.
        for (let i = 0; i < docs.length; i += engine.batchSize) {
          for (const { layers } of analyzer.analyzeBatch(docs.slice(i, i + engine.batchSize))) {
            tokens += layers.tokens?.length ?? 0;
            sentences += layers.sentences?.length ?? 0;
          }
        }
      },
      () => {
        analyzer.timings.clear();
        cpuStart = process.cpuUsage();
      },
    ),
  );
  const cpu = process.cpuUsage(cpuStart);
  const cpuSecondsPerPass = (cpu.user + cpu.system) / 1e6 / runs;
  const stageMs = Object.fromEntries([...analyzer.timings].map(([name, ms]) => [name, round(ms / runs, 1)]));
  const splitMs = (stageMs['tokens'] ?? 0) + (stageMs['sentences'] ?? 0) + (stageMs['paragraphs'] ?? 0);
  const tokensPerSecond = splitMs > 0 ? tokens / (splitMs / 1000) : Number.NaN;
  const baselinePerSecond = baselineTokens / baselineSeconds;
  report(
    `pipeline (median pass): ${round(docs.length / analyzeSeconds)} articles/s, ${round(sentences / analyzeSeconds)} sentences/s, ${round(tokens / analyzeSeconds)} tokens/s` +
      ` (${sentences} sentences, ${tokens} tokens)`,
  );
  report(`pipeline CPU time: ${round(cpuSecondsPerPass * 1000)} ms per pass (mean), ${round(sentences / cpuSecondsPerPass)} sentences per CPU second`);
  for (const [name, ms] of Object.entries(stageMs)) report(`  stage ${name.padEnd(12)} ${ms} ms per pass (mean), ${round((ms * 1000) / docs.length, 1)} µs/article`);
  report(`paragraphs+tokens+sentences: ${round(tokensPerSecond)} tokens/s; regex baseline ${round(baselinePerSecond)} tokens/s (ratio ${round(tokensPerSecond / baselinePerSecond, 2)})`);

  const ingestSeconds = median(await timeIngest(options.inputs, engine, runs));
  report(`ingest into a fresh SQLite file (read, analyse, store, FTS): ${round(docs.length / ingestSeconds)} articles/s (${round(ingestSeconds, 2)} s)`);

  const result: Record<string, unknown> = {
    task: 'bench',
    articles: docs.length,
    tokens,
    sentences,
    runs,
    tokensPerSecond: round(tokensPerSecond),
    baselineTokensPerSecond: round(baselinePerSecond),
    tokenizerVsBaseline: round(tokensPerSecond / baselinePerSecond, 2),
    pipelineArticlesPerSecond: round(docs.length / analyzeSeconds),
    pipelineSentencesPerSecond: round(sentences / analyzeSeconds),
    pipelineCpuMsPerPass: round(cpuSecondsPerPass * 1000),
    sentencesPerCpuSecond: round(sentences / cpuSecondsPerPass),
    stageMsPerPass: stageMs,
    ingestArticlesPerSecond: round(docs.length / ingestSeconds),
  };
  if (options.htmlPages > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pages-'));
    try {
      const pages = writeNewsPages(docs.slice(0, options.htmlPages).map((d) => d.text), dir);
      const readSeconds = median(await timeRuns(runs, async () => void (await loadDocs([dir], engine))));
      const ingestPages = median(await timeIngest([dir], engine, runs));
      report(`HTML (${pages.length} pages of ~50 KB): read+extract ${round(pages.length / readSeconds)} pages/s; ingest ${round(pages.length / ingestPages)} pages/s`);
      result['htmlPages'] = pages.length;
      result['htmlReadPagesPerSecond'] = round(pages.length / readSeconds);
      result['htmlIngestPagesPerSecond'] = round(pages.length / ingestPages);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  result['peakRssMb'] = round(peakRssMb());
  report(`peak memory ${result['peakRssMb']} MB`);
  return result;
}
