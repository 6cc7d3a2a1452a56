import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** Runs `newsgraph ARGS…` in this process, capturing stdout and stderr lines. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(l), status: (l) => err.push(l), tty: false };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The last line of a run's stdout, parsed as JSON. */
export function lastJson(run: CliRun): Record<string, unknown> {
  const line = run.out.filter((l) => l.trim() !== '').at(-1) ?? '';
  return JSON.parse(line) as Record<string, unknown>;
}
