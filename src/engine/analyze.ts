import { createDoc, type Doc } from '../doc/index.js';
import type { RawArticle } from '../ingest/types.js';
import { buildPipeline, runPipeline, runPipelineBatch, STAGES, type Pipeline } from '../nlp/index.js';
import type { EngineOptions } from './options.js';

/** An analyser: the pipeline, checked once, applied to any number of articles. */
export interface Analyzer {
  readonly pipeline: Pipeline;
  /** Returns the Doc with every layer of the pipeline attached. */
  readonly analyze: (doc: Doc) => Doc;
  /** The same for several articles at once, stage by stage (faster for a batch; same layers). */
  readonly analyzeBatch: (docs: readonly Doc[]) => Doc[];
  /** Milliseconds spent in each stage so far, when created with `timed`; `clear()` starts over. */
  readonly timings: Map<string, number>;
}

/**
 * Builds the pipeline named in `options.stages` (throwing `PipelineError` before any article when
 * a name is unknown or the order is wrong) and returns a function that analyses one article.
 */
export function createAnalyzer(options: Pick<EngineOptions, 'stages' | 'errors'>, timed = false): Analyzer {
  const pipeline = buildPipeline(options.stages, STAGES);
  const timings = new Map<string, number>();
  const runOptions = timed ? { errors: options.errors, timings } : { errors: options.errors };
  return {
    pipeline,
    timings,
    analyze: (doc) => runPipeline(pipeline, doc, runOptions),
    analyzeBatch: (docs) => runPipelineBatch(pipeline, docs, runOptions),
  };
}

/** The Doc, with no layers yet, of what a reader produced; its id is the hash of its text. */
export function docFromArticle(article: RawArticle): Doc {
  return createDoc(article.text, article.meta, article.sourceMap, article.diagnostics);
}
