import { existsSync } from 'node:fs';
import { loadTask, taskNames } from '../../eval/registry.js';
import { EvalInputError } from '../../eval/task.js';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';

/** Splits `--name value` / `--flag` pairs after the task name; `--gold` is required. */
function taskFlags(argv: readonly string[]): Record<string, string | boolean> {
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError('E_USAGE', `unexpected argument '${arg}'; task options are --name value`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags[name] = inline;
    else if (next !== undefined && !next.startsWith('--')) {
      flags[name] = next;
      i += 1;
    } else flags[name] = true;
  }
  return flags;
}

/** `newsgraph eval`: measure newsgraph against gold data. */
export const evaluate: Command = {
  name: 'eval',
  summary: 'measure a component against gold data; the last line is JSON',
  usage: `newsgraph eval TASK --gold PATH [--limit N] [task options]

Prints a readable report and, as its last line, one JSON object with the metrics.
Tasks: ${taskNames().join(', ')}`,
  run: async (argv, io) => {
    const [name, ...rest] = argv;
    if (name === undefined || name.startsWith('--')) throw new UsageError('E_USAGE', `name a task: ${taskNames().join(', ')}`);
    const task = await loadTask(name);
    if (!task) throw new UsageError('E_UNKNOWN_TASK', `no evaluation task '${name}'; tasks: ${taskNames().join(', ')}`);
    const { gold, ...flags } = taskFlags(rest);
    if (typeof gold !== 'string') throw new UsageError('E_USAGE', `eval ${name} needs --gold PATH`);
    if (!existsSync(gold)) throw new UsageError('E_NO_GOLD', `gold data not found at '${gold}'`);
    const metrics = await task.run({ gold, flags, report: io.out }).catch((error: unknown) => {
      throw error instanceof EvalInputError ? new UsageError(error.code, error.message) : error;
    });
    io.out(JSON.stringify(metrics));
    return EXIT.ok;
  },
};
