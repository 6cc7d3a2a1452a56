import { parse, positiveInt } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';

/** `newsgraph entities --top N`: the most mentioned entities of the corpus. */
export const entities: Command = {
  name: 'entities',
  summary: 'the most mentioned entities of the corpus',
  usage: `newsgraph entities [--top N] [--db PATH] [--json]

Lists the N (default 20) most mentioned corpus entities: mentions, articles, kind, code, name.
--json prints one JSON array.`,
  run: async (argv, io) => {
    const { values } = parse(argv, { top: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } }, false);
    const limit = positiveInt('top', values.top, 20);
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    try {
      const top = await store.topEntities({ limit, offset: 0 });
      if (values.json) {
        io.out(JSON.stringify(top));
        return EXIT.ok;
      }
      io.out('mentions articles  kind          code       name');
      for (const e of top) {
        io.out(`${String(e.mentions).padStart(8)} ${String(e.articles).padStart(8)}  ${e.kind.padEnd(12)}  ${(e.code ?? '-').padEnd(9)}  ${e.name}${e.kbId ? `  [${e.kbId}]` : ''}`);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
