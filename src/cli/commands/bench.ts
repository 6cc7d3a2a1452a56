import { runBench } from '../../bench/run.js';
import { engineOptions, parse, positiveInt } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `newsgraph bench`: how fast the pipeline runs on some input. */
export const bench: Command = {
  name: 'bench',
  summary: 'measure speed and memory of the pipeline; the last line is JSON',
  usage: `newsgraph bench INPUT... [--runs N] [--html N] [--stages a,b,c]

Runs the pipeline and a full ingest into a fresh SQLite file N times (default 5) after a warm-up
and prints medians: tokens/s (with a regex tokenizer as the baseline), time per stage, articles/s,
and with --html N the HTML path on N generated ~50 KB news pages; then peak memory.`,
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, { runs: { type: 'string' }, html: { type: 'string' }, stages: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('E_USAGE', 'name the INPUT files or folders to benchmark on');
    const metrics = await runBench({
      inputs: positionals,
      runs: positiveInt('runs', values.runs, 5),
      htmlPages: values.html === undefined ? 0 : positiveInt('html', values.html, 0),
      engine: engineOptions(values),
      report: io.out,
    });
    if (!metrics) throw new UsageError('E_NO_INPUT', `no readable article in ${positionals.join(', ')}; bench needs some articles to time`);
    io.out(JSON.stringify(metrics));
    return EXIT.ok;
  },
};
