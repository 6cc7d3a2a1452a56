import { parse, positiveInt } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';

/** `newsgraph places --limit N`: the corpus's places with coordinates and counts, the data of a map. */
export const places: Command = {
  name: 'places',
  summary: 'the places the corpus names, with coordinates and counts',
  usage: `newsgraph places [--limit N] [--db PATH] [--json]

Lists the N (default 20) most mentioned resolved places of the corpus: mentions (metonymic and
demonym uses included), articles, latitude, longitude, country, class, name and gazetteer id.
--json prints one JSON array.`,
  run: async (argv, io) => {
    const { values } = parse(argv, { limit: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } }, false);
    const limit = positiveInt('limit', values.limit, 20);
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    try {
      const rows = await store.places({ limit, offset: 0 });
      if (values.json) {
        io.out(JSON.stringify(rows));
        return EXIT.ok;
      }
      io.out('mentions articles       lat        lon  country  class      name');
      for (const p of rows) {
        io.out(`${String(p.mentions).padStart(8)} ${String(p.articles).padStart(8)}  ${p.lat.toFixed(3).padStart(8)}  ${p.lon.toFixed(3).padStart(9)}  ${(p.country ?? '-').padEnd(7)}  ${(p.placeClass ?? '-').padEnd(9)}  ${p.name}  [${p.gazId}]`);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
