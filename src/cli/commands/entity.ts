import { entityByName } from '../../engine/index.js';
import { parse } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `newsgraph entity NAME`: one corpus entity with its aliases, codes, articles and co-mentions. */
export const entity: Command = {
  name: 'entity',
  summary: 'one entity across the corpus: identity, aliases, code, articles, co-mentions',
  usage: `newsgraph entity NAME [--db PATH] [--json]

NAME is a name ("Putin", any case), a part of one, or a KB id (person:vladimir-putin). Prints the
canonical identity, the names articles used for it, its CAMEO code, mention counts, first and last
seen, its newest articles and the entities most often named with it. Exit code 1 when none matches.`,
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    const name = positionals.join(' ').trim();
    if (name === '') throw new UsageError('E_USAGE', 'name an entity, e.g. newsgraph entity Putin');
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    try {
      const report = await entityByName(store, name);
      if (!report) {
        io.err(`newsgraph entity: no entity named '${name}'`);
        return EXIT.someFailed;
      }
      if (values.json) {
        io.out(JSON.stringify(report));
        return EXIT.ok;
      }
      const e = report.entity;
      io.out(`${e.name}  (${e.kind}${e.kbId ? `, ${e.kbId}` : ', not in the KB'}${e.code ? `, ${e.code}` : ''})`);
      io.out(`${e.mentions} mentions in ${e.articles} articles, first seen ${e.firstSeen ?? '?'}, last seen ${e.lastSeen ?? '?'}`);
      io.out(`names used: ${report.aliases.slice(0, 12).map((a) => `${a.text} (${a.count})`).join(', ')}`);
      io.out('articles:');
      for (const a of report.articles) io.out(`  ${a.id.slice(0, 12)}  ${a.published ?? '          '}  ${a.mentions}×  ${a.title ?? a.origin ?? ''}`);
      io.out('named with:');
      for (const c of report.coMentions) io.out(`  ${String(c.together).padStart(4)} articles  ${c.name}${c.code ? ` (${c.code})` : ''}`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
