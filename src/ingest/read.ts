import { withDatelineDate } from './dateline.js';
import { readFileSource } from './read-file.js';
import { readStream } from './read-stream.js';
import type { InputSource, ReadOptions, ReadResult } from './types.js';

/**
 * Reads every article of one input: one result for a .txt or .html file, one per non-blank line of
 * a .jsonl/.ndjson file, and for stdin whatever its content turns out to be. The format is
 * `options.format`, or for `auto` the extension, then the content. Bad input is yielded as an
 * `InputError` naming it; this generator does not throw for bad input. An article without a
 * publication date in its metadata takes it from its dateline ("MOSCOW, May 3, 2017 (Reuters) -").
 *
 * @example for await (const r of readSource(source, { format: 'auto', maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES })) …
 */
export async function* readSource(source: InputSource, options: ReadOptions): AsyncGenerator<ReadResult> {
  const results = source.kind === 'stdin' ? readStream(process.stdin, 'stdin', options) : readFileSource(source.path, source.bytes, options);
  // Every format falls back on the dateline for a missing publication date, so it is done once here.
  for await (const result of results) yield result.ok ? { ok: true, article: withDatelineDate(result.article) } : result;
}
