/** Metrics an evaluation returns; printed as the last line of the report, as JSON. */
export type Metrics = { readonly task: string } & Readonly<Record<string, unknown>>;

/** What `newsgraph eval TASK --gold PATH [--limit N] …` hands a task. */
export interface EvalOptions {
  /** The gold file or folder. */
  readonly gold: string;
  /** Further `--name value` flags, unparsed, for task-specific options. */
  readonly flags: Readonly<Record<string, string | boolean>>;
  /** Writes one line of the human-readable report. */
  readonly report: (line: string) => void;
}

/**
 * One evaluation: reads gold data, runs newsgraph on it and measures. Adding a task is adding one
 * file under `src/eval/tasks/` that exports `task`; the CLI discovers it.
 */
export interface EvalTask {
  readonly name: string;
  /** One line for `newsgraph eval --help`. */
  readonly description: string;
  readonly run: (options: EvalOptions) => Promise<Metrics>;
}

/**
 * A task option or gold file the task cannot use (`--limit abc`, a folder where a file was
 * expected): `newsgraph eval` reports it as a usage error, exit code 2, instead of a stack trace.
 */
export class EvalInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'EvalInputError';
  }
}
