import { parse, positiveInt } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `newsgraph search`: full-text search with snippets. */
export const search: Command = {
  name: 'search',
  summary: 'full-text search over titles and text, with snippets',
  usage: `newsgraph search QUERY... [--db PATH] [--limit N] [--offset N] [--json]

Words are matched anywhere in the title or text (FTS5 syntax: "exact phrase", word*, OR, NOT).
Results are ranked by bm25; matches in the snippet are shown in [brackets].`,
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean' },
    });
    const query = positionals.join(' ').trim();
    if (query === '') throw new UsageError('E_USAGE', 'give words to search for');
    const page = { limit: positiveInt('limit', values.limit, 10), offset: values.offset === undefined ? 0 : positiveInt('offset', values.offset, 0) };
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    try {
      const hits = await store.search(query, page);
      if (values.json) {
        io.out(JSON.stringify({ query, ...page, hits }));
        return EXIT.ok;
      }
      if (hits.length === 0) io.out(`no article matches '${query}'`);
      for (const hit of hits) {
        io.out(`${hit.id.slice(0, 12)}  ${hit.title ?? '(untitled)'}${hit.published ? `  ${hit.published}` : ''}`);
        io.out(`              ${hit.snippet.replace(/\s+/g, ' ')}`);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
