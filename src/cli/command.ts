import type { Io } from './io.js';

/** One `newsgraph` subcommand: argv in, exit code out. */
export interface Command {
  readonly name: string;
  /** One line for `newsgraph --help`. */
  readonly summary: string;
  /** The full usage text for `newsgraph NAME --help`. */
  readonly usage: string;
  readonly run: (argv: readonly string[], io: Io) => Promise<number>;
}
