import type { IngestProgress } from '../engine/index.js';
import type { Io } from './io.js';

const WIDTH = 28;

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** One line describing where an ingest is. */
export function progressLine(p: IngestProgress, seconds: number): string {
  const rate = seconds > 0 ? Math.round(p.read / seconds) : 0;
  const counts = `${p.read} read, ${p.added} new, ${p.present + p.repeated} present, ${p.failed} failed, ${rate}/s`;
  if (p.bytesTotal === 0) return counts;
  const share = Math.min(1, p.bytesDone / p.bytesTotal);
  const filled = Math.round(share * WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`;
  return `${bar} ${megabytes(p.bytesDone)}/${megabytes(p.bytesTotal)}  ${counts}`;
}

/**
 * A progress reporter: on a terminal a bar redrawn at most ten times a second; otherwise (a log
 * file, CI) a plain line every five seconds, so logs stay readable.
 */
export function createProgress(io: Io): { update: (p: IngestProgress) => void; done: () => void } {
  const started = performance.now();
  const interval = io.tty ? 100 : 5000;
  // On a terminal the bar shows at once; in a log the first line waits, so short runs print none.
  let last = io.tty ? -Infinity : started;
  let latest: IngestProgress | undefined;
  const draw = (p: IngestProgress): void => {
    const line = progressLine(p, (performance.now() - started) / 1000);
    if (io.tty) io.status(line);
    else io.err(line);
  };
  return {
    update: (p) => {
      latest = p;
      const now = performance.now();
      if (now - last < interval) return;
      last = now;
      draw(p);
    },
    done: () => {
      if (latest && io.tty) {
        draw(latest);
        io.err('');
      }
    },
  };
}
