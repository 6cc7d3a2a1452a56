import type { EventQuery } from '../../store/index.js';
import { parse, positiveInt } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';

const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Builds the store query from the flags; a date that is not ISO is a usage error. */
export function eventQuery(values: { source?: string; target?: string; code?: string; from?: string; to?: string; all?: boolean }): EventQuery {
  for (const flag of ['from', 'to'] as const) {
    const v = values[flag];
    if (v !== undefined && !DATE.test(v)) throw new UsageError('E_USAGE', `--${flag} expects an ISO date (2017-04-30), got "${v}"`);
  }
  if (values.code !== undefined && !/^\d{1,4}$/.test(values.code)) throw new UsageError('E_USAGE', `--code expects a CAMEO code prefix of digits (19, 195), got "${values.code}"`);
  return {
    ...(values.source ? { source: values.source } : {}),
    ...(values.target ? { target: values.target } : {}),
    ...(values.code ? { code: values.code } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    plain: !values.all,
  };
}

/** `newsgraph events [--source CODE] [--target CODE] [--code PREFIX] [--from DATE] [--to DATE]`: who did what to whom. */
export const events: Command = {
  name: 'events',
  summary: 'stored events (who did what to whom) with CAMEO codes and evidence',
  usage: `newsgraph events [--source CODE] [--target CODE] [--code PREFIX] [--from DATE] [--to DATE] [--all] [--limit N] [--offset N] [--db PATH] [--json]

Lists stored events, latest first: date, source → target (actor codes and names), CAMEO code
with its description class (QuadClass, Goldstein), the evidence (source, action and target words)
and the sentence. --source/--target match actor code prefixes (USA matches USAGOV), --code a CAMEO
code prefix (19: use of force), --from/--to ISO dates, inclusive. Negated and hypothetical events
("did not attack", "may attack") are left out unless --all, which marks them. --limit N (default
50), --offset N for the next page. --json prints one JSON array with every field and offset.
Events exist for articles ingested with the events stage (in the default pipeline).`,
  run: async (argv, io) => {
    const { values } = parse(argv, {
      source: { type: 'string' }, target: { type: 'string' }, code: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      all: { type: 'boolean' }, limit: { type: 'string' }, offset: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' },
    }, false);
    const query = eventQuery(values);
    const limit = positiveInt('limit', values.limit, 50);
    const offset = values.offset === undefined ? 0 : Number(values.offset);
    if (!Number.isInteger(offset) || offset < 0) throw new UsageError('E_USAGE', `--offset expects a whole number, got '${values.offset ?? ''}'`);
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    try {
      const found = await store.events(query, { limit, offset });
      if (values.json) {
        io.out(JSON.stringify(found));
        return EXIT.ok;
      }
      for (const r of found) {
        const e = r.event;
        const flags = [e.negated ? 'NEGATED' : '', e.hypothetical ? 'HYPOTHETICAL' : '', e.quoted ? 'QUOTED' : ''].filter(Boolean).join(' ');
        const who = (code: string, name: string | null, words: string) => `${code} (${name && name !== words ? `${name}: "${words}"` : `"${words}"`})`;
        io.out(`${(e.date ?? r.published ?? '-').slice(0, 10)}  ${who(e.source.code, r.sourceName, r.sourceText)} → ${who(e.target.code, r.targetName, r.targetText)}`);
        io.out(`    CAMEO ${e.code}${e.plover ? ` ${e.plover.type}` : ''}  QuadClass ${e.quadClass ?? '-'}  Goldstein ${e.goldstein ?? '-'}  action "${r.actionText}"${flags ? `  ${flags}` : ''}`);
        io.out(`    ${r.sentenceText.length > 200 ? `${r.sentenceText.slice(0, 197)}…` : r.sentenceText}`);
        io.out(`    — ${r.title ?? '(untitled)'} ${r.article.slice(0, 12)} [${e.start}, ${e.end})`);
      }
      if (found.length === 0) io.out('no events found');
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
