import { parse, positiveInt } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';

/** `newsgraph quotes [--speaker NAME] [--search WORDS]`: who said what, in which article, when. */
export const quotes: Command = {
  name: 'quotes',
  summary: 'stored quotations with speaker, date and article',
  usage: `newsgraph quotes [--speaker NAME] [--search WORDS] [--limit N] [--db PATH] [--json]

Lists stored quotes, newest article first: date, speaker (the name the corpus knows them by,
and the words of the article when they differ, e.g. "he"), kind, the quote, and the article.
--speaker keeps quotes whose speaker's name or words have words starting with each word of NAME (any case: "putin", "prime min"); --search keeps
quotes containing every one of WORDS. --limit N (default 50). --json prints one JSON array.`,
  run: async (argv, io) => {
    const { values } = parse(argv, {
      speaker: { type: 'string' }, search: { type: 'string' }, limit: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' },
    }, false);
    const limit = positiveInt('limit', values.limit, 50);
    const words = values.search?.split(/\s+/).filter(Boolean);
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    try {
      const found = await store.quotes({ ...(values.speaker ? { speaker: values.speaker } : {}), ...(words?.length ? { words } : {}) }, { limit, offset: 0 });
      if (values.json) {
        io.out(JSON.stringify(found));
        return EXIT.ok;
      }
      for (const q of found) {
        const who = q.speakerName === null ? '(unknown)' : q.speaker && q.speaker !== q.speakerName ? `${q.speakerName} ("${q.speaker}")` : q.speakerName;
        io.out(`${(q.published ?? '-').slice(0, 10)}  ${who}  [${q.kind}${q.cue ? `, ${q.cue}` : ''}${q.addressee ? ` → ${q.addressee}` : ''}]`);
        io.out(`    ${q.quote}`);
        io.out(`    — ${q.title ?? '(untitled)'} ${q.article.slice(0, 12)}`);
      }
      if (found.length === 0) io.out('no quotes found');
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
