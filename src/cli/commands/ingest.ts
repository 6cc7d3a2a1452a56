import { ingest as ingestInputs } from '../../engine/index.js';
import { engineOptions, parse, positiveInt, READ_FLAGS } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';
import { createProgress } from '../progress.js';
import { UsageError } from '../usage-error.js';

/** `newsgraph ingest`: read, analyse and store articles. */
export const ingest: Command = {
  name: 'ingest',
  summary: 'read, analyse and store articles in the database (idempotent)',
  usage: `newsgraph ingest FILE|DIR|- [--db PATH] [--batch N] [--json] [--stages a,b,c] [--strict] [--format F] [--max-bytes N]

Stores every article of the inputs in the database (default ./${DEFAULT_DB}). An article already
stored (same text) is not stored again, so rerunning after a crash completes the rest. Shows a
progress bar on a terminal, progress lines otherwise, and ends with a summary naming each input
that failed and why. Exit code 1 when an input failed.`,
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, { ...READ_FLAGS, db: { type: 'string' }, batch: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('E_USAGE', 'name at least one FILE, DIR or - for stdin');
    const options = { ...engineOptions(values), batchSize: positiveInt('batch', values.batch, 250) };
    const store = await openDb(values.db ?? DEFAULT_DB, false);
    try {
      const progress = createProgress(io);
      const summary = await ingestInputs(positionals, store, options, progress.update);
      progress.done();
      if (values.json) {
        io.out(JSON.stringify(summary));
      } else {
        for (const e of summary.errors) io.err(`failed: ${e.origin}: ${e.code} ${e.reason}`);
        const rate = summary.seconds > 0 ? Math.round(summary.read / summary.seconds) : summary.read;
        io.out(
          `${summary.read} read, ${summary.added} new, ${summary.present} already present, ` +
            `${summary.repeated} repeating a text read earlier in this run, ${summary.failed} failed ` +
            `in ${summary.seconds.toFixed(2)} s (${rate} articles/s) → ${values.db ?? DEFAULT_DB}`,
        );
      }
      return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
