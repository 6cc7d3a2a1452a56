import type { Doc } from '../doc/index.js';
import type { InputError } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import { createAnalyzer, docFromArticle } from './analyze.js';
import { readInputs, type ReadProgress } from './inputs.js';
import type { EngineOptions } from './options.js';

/** Running counts of an ingest, reported after every input and at the end. */
export interface IngestCounts {
  /** Articles read successfully from the inputs. */
  readonly read: number;
  /** Articles stored by this run. */
  readonly added: number;
  /** Articles whose content was already stored (or repeated in this run): nothing written. */
  readonly present: number;
  /** Inputs that could not become an article. */
  readonly failed: number;
}

/** What an ingest did, with each failure named. */
export interface IngestSummary extends IngestCounts {
  readonly errors: readonly InputError[];
  readonly seconds: number;
}

/** Progress of an ingest: bytes read so far and the counts. */
export type IngestProgress = ReadProgress & IngestCounts;

/**
 * Reads, analyses and stores every article of the inputs. Articles are hashed before analysis, so
 * ones already stored cost only their reading; each batch of `options.batchSize` new articles is
 * saved in one transaction, so a crash loses at most the batch in flight and a rerun completes it.
 *
 * @example
 * const summary = await ingest(['articles/'], store, DEFAULT_OPTIONS, (p) => bar.update(p));
 */
export async function ingest(
  paths: readonly string[],
  store: Store,
  options: EngineOptions,
  onProgress: (progress: IngestProgress) => void = () => {},
): Promise<IngestSummary> {
  const started = performance.now();
  const { analyze } = createAnalyzer(options);
  const errors: InputError[] = [];
  let pending: Doc[] = [];
  let read = 0;
  let added = 0;
  let present = 0;
  let bytes: ReadProgress = { bytesDone: 0, bytesTotal: 0 };

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const stored = await store.has(batch.map((doc) => doc.id));
    const fresh = new Map<string, Doc>();
    for (const doc of batch) {
      if (!stored.has(doc.id) && !fresh.has(doc.id)) fresh.set(doc.id, analyze(doc));
    }
    const result = await store.saveBatch([...fresh.values()]);
    added += result.added.length;
    present += batch.length - result.added.length;
  };

  const report = (): void => onProgress({ ...bytes, read, added, present, failed: errors.length });
  for await (const result of readInputs(paths, options.read, (p) => {
    bytes = p;
    report();
  })) {
    if (!result.ok) {
      errors.push(result.error);
      continue;
    }
    read += 1;
    pending.push(docFromArticle(result.article));
    if (pending.length >= options.batchSize) {
      await flush();
      report();
    }
  }
  await flush();
  report();
  return { read, added, present, failed: errors.length, errors, seconds: (performance.now() - started) / 1000 };
}
