/** Where a command writes: injected so tests can run the CLI in process and read what it printed. */
export interface Io {
  /** A line of results on stdout. */
  readonly out: (line: string) => void;
  /** A line of progress, warnings or errors on stderr. */
  readonly err: (line: string) => void;
  /** Rewrites the current stderr line in place (progress bars); only called when `tty` is true. */
  readonly status: (line: string) => void;
  /** Whether stderr is a terminal, so a progress bar can redraw itself. */
  readonly tty: boolean;
}

/**
 * The real process streams. A closed stdout (`newsgraph search x | head -1`) ends the process
 * quietly, as Unix tools do, instead of crashing on EPIPE.
 */
export function processIo(): Io {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    status: (line) => process.stderr.write(`\r\x1b[2K${line}`),
    tty: process.stderr.isTTY === true,
  };
}

/** Exit codes: 0 all went well, 1 some inputs failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;
