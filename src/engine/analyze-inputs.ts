import type { Doc } from '../doc/index.js';
import type { InputError } from '../ingest/types.js';
import { createAnalyzer, docFromArticle } from './analyze.js';
import { readInputs } from './inputs.js';
import type { EngineOptions } from './options.js';

/** One analysed article, or the error for one bad input. */
export type AnalyzeResult = { readonly ok: true; readonly doc: Doc } | { readonly ok: false; readonly error: InputError };

/**
 * Reads and analyses every article of the inputs without storing anything: `newsgraph analyze`
 * and `POST /api/analyze` both come here.
 */
export async function* analyzeInputs(paths: readonly string[], options: EngineOptions): AsyncGenerator<AnalyzeResult> {
  const { analyze } = createAnalyzer(options);
  for await (const result of readInputs(paths, options.read)) {
    yield result.ok ? { ok: true, doc: analyze(docFromArticle(result.article)) } : result;
  }
}
