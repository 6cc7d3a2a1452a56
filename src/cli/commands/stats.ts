import { parse } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';

/** `newsgraph stats`: what the database holds. */
export const stats: Command = {
  name: 'stats',
  summary: 'counts of what the database holds',
  usage: `newsgraph stats [--db PATH] [--json]`,
  run: async (argv, io) => {
    const { values } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
    const path = values.db ?? DEFAULT_DB;
    const store = await openDb(path, true);
    try {
      const s = await store.stats();
      if (values.json) {
        io.out(JSON.stringify(s));
        return EXIT.ok;
      }
      io.out(`${path}: ${s.articles} articles (from ${s.inputs} inputs), ${s.paragraphs} paragraphs, ${s.sentences} sentences, ${s.tokens} tokens, ${s.diagnostics} diagnostics`);
      const list = (counts: Readonly<Record<string, number>>) =>
        Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') || '—';
      io.out(`by format: ${list(s.byFormat)}`);
      io.out(`by source: ${list(s.bySource)}`);
      if (s.published.first) io.out(`published: ${s.published.first} … ${s.published.last}`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
