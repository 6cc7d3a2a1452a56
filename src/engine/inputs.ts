import { listInputs, readSource } from '../ingest/index.js';
import type { ReadOptions, ReadResult } from '../ingest/types.js';

/** How far reading has got: bytes of listed files read, out of the total (0 for stdin alone). */
export interface ReadProgress {
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

/**
 * Reads every article of every input (files, folders walked recursively, `-` for stdin) in a stable
 * order, yielding one result per article or per bad input. A path that cannot be listed is yielded
 * as an error too, so one bad argument never stops the others.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions,
  onProgress: (progress: ReadProgress) => void = () => {},
): AsyncGenerator<ReadResult> {
  const { sources, errors } = await listInputs(paths);
  for (const error of errors) yield { ok: false, error };
  const bytesTotal = sources.reduce((sum, s) => sum + (s.kind === 'file' ? s.bytes : 0), 0);
  let bytesDone = 0;
  // Inside a streamed file, bytes read so far count too, capped at the file's listed size.
  let inFile = 0;
  let fileBytes = 0;
  const streamed: ReadOptions = {
    ...options,
    onBytesRead: (n) => {
      inFile = Math.min(fileBytes, inFile + n);
      onProgress({ bytesDone: bytesDone + inFile, bytesTotal });
    },
  };
  onProgress({ bytesDone, bytesTotal });
  for (const source of sources) {
    inFile = 0;
    fileBytes = source.kind === 'file' ? source.bytes : 0;
    yield* readSource(source, streamed);
    bytesDone += fileBytes;
    onProgress({ bytesDone, bytesTotal });
  }
}
