import type { Doc } from '../doc/index.js';
import type { InputError } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import { createAnalyzer, docFromArticle } from './analyze.js';
import { readInputs, type ReadProgress } from './inputs.js';
import type { EngineOptions } from './options.js';

/**
 * A batch is also saved once its texts reach this many characters (with their layers, a few times
 * as many bytes), so 250 articles near the 5 MB limit cannot hold gigabytes in memory.
 */
const MAX_BATCH_CHARS = 16 * 1024 * 1024;

/** Running counts of an ingest, reported after every input and at the end. */
export interface IngestCounts {
  /** Articles read successfully from the inputs. */
  readonly read: number;
  /** Articles stored by this run. */
  readonly added: number;
  /** Articles whose text was stored before this run: only their input is recorded. */
  readonly present: number;
  /** Articles repeating a text this run stored from another input: only their input is recorded. */
  readonly repeated: number;
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
  const { analyzeBatch } = createAnalyzer(options);
  const errors: InputError[] = [];
  let pending: Doc[] = [];
  let pendingChars = 0;
  let read = 0;
  let added = 0;
  let present = 0;
  let repeated = 0;
  const addedThisRun = new Set<string>();
  let bytes: ReadProgress = { bytesDone: 0, bytesTotal: 0 };

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    pendingChars = 0;
    const stored = await store.has(batch.map((doc) => doc.id));
    // Only the first copy of a text not yet stored is analysed; the others are saved for the
    // input they came from alone.
    const fresh: number[] = [];
    batch.forEach((doc, i) => {
      if (addedThisRun.has(doc.id)) repeated += 1;
      else if (stored.has(doc.id)) present += 1;
      else {
        addedThisRun.add(doc.id);
        fresh.push(i);
      }
    });
    const analysed = analyzeBatch(fresh.map((i) => batch[i] as Doc));
    const docs = [...batch];
    fresh.forEach((i, k) => (docs[i] = analysed[k] as Doc));
    added += (await store.saveBatch(docs)).added.length;
  };

  const report = (): void => onProgress({ ...bytes, read, added, present, repeated, failed: errors.length });
  for await (const result of readInputs(paths, options.read, (p) => {
    bytes = p;
    report();
  })) {
    if (!result.ok) {
      errors.push(result.error);
      continue;
    }
    read += 1;
    const doc = docFromArticle(result.article);
    pending.push(doc);
    pendingChars += doc.text.length;
    if (pending.length >= options.batchSize || pendingChars >= MAX_BATCH_CHARS) {
      await flush();
      report();
    }
  }
  await flush();
  report();
  return { read, added, present, repeated, failed: errors.length, errors, seconds: (performance.now() - started) / 1000 };
}
