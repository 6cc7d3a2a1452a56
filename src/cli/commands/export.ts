import { createWriteStream } from 'node:fs';
import { GDELT_COLUMNS, gdeltRow } from '../../events/gdelt.js';
import { parse } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';
import { eventQuery } from './events.js';

const PAGE = 1000;

/** `newsgraph export --format gdelt-events|jsonl [--out FILE]`: every stored event, streamed in pages. */
export const exportEvents: Command = {
  name: 'export',
  summary: 'write stored events as GDELT Event 2.0 rows or JSON lines',
  usage: `newsgraph export --format gdelt-events|jsonl [--out FILE] [--header] [--source CODE] [--target CODE] [--code PREFIX] [--from DATE] [--to DATE] [--all] [--db PATH]

gdelt-events: GDELT Event 2.0's 61 tab-separated columns, one plain event per line (what
newsgraph does not know stays empty; docs/events.md describes every column); --header adds the
column names as a first line. jsonl: one JSON object per event with everything: article id, url,
title, dates, the event with all its offsets and flags, and the words of its evidence; negated
and hypothetical events are included only with --all (in both formats). The filters are those
of \`newsgraph events\`. Writes to stdout unless --out FILE.`,
  run: async (argv, io) => {
    const { values } = parse(argv, {
      format: { type: 'string' }, out: { type: 'string' }, header: { type: 'boolean' },
      source: { type: 'string' }, target: { type: 'string' }, code: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      all: { type: 'boolean' }, db: { type: 'string' }, json: { type: 'boolean' },
    }, false);
    if (values.format !== 'gdelt-events' && values.format !== 'jsonl') throw new UsageError('E_USAGE', `--format expects gdelt-events or jsonl, got "${values.format ?? ''}"`);
    const query = eventQuery(values);
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    const file = values.out ? createWriteStream(values.out) : undefined;
    const write = (line: string): void => {
      if (file) file.write(`${line}\n`);
      else io.out(line);
    };
    let count = 0;
    try {
      if (values.format === 'gdelt-events' && values.header) write(GDELT_COLUMNS.join('\t'));
      for (let offset = 0; ; offset += PAGE) {
        const page = await store.events(query, { limit: PAGE, offset });
        for (const r of page) {
          count++;
          write(values.format === 'jsonl' ? JSON.stringify(r) : gdeltRow(count, r));
        }
        if (page.length < PAGE) break;
      }
    } finally {
      await store.close();
      if (file) await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
    }
    if (values.out) io.err(`export: ${count} events → ${values.out}`);
    return EXIT.ok;
  },
};
