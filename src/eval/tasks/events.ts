import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createDoc, type Doc, type Event } from '../../doc/index.js';
import { createAnalyzer } from '../../engine/analyze.js';
import { codeDoc, linkActors, type ActorSource } from '../../events/code-doc.js';
import { dictionaryActorFinder } from '../../events/coder/dictionary-actors.js';
import { readDictionaries, sharedDictionaries } from '../../events/dictionary/load.js';
import type { EventDictionaries } from '../../events/dictionary/types.js';
import { EventTally, tripleKey } from '../event-score.js';
import { readEventRecords, type Environment } from '../petrarch-events.js';
import { limitFlag } from '../segmentation.js';
import { EvalInputError, type EvalTask, type Metrics } from '../task.js';

const WITH_LINKS = ['paragraphs', 'tokens', 'sentences', 'pos', 'chunks', 'entities', 'links', 'quotes'];
const SYNTAX_ONLY = ['paragraphs', 'tokens', 'sentences', 'pos', 'chunks'];

/** Plain events only: a negated or hypothetical event is not a coded event. */
const plain = (events: readonly Event[]): Event[] => events.filter((e) => !e.negated && !e.hypothetical);

/** The Phoenix actor files are what the KB is compiled from: those records use the linker's actors. */
const usesPhoenixActors = (env: Environment): boolean => env.actors.length > 0 && env.actors.every((f) => /^Phoenix\./.test(f));

async function runPetrarch(gold: string, flags: Readonly<Record<string, string | boolean>>, report: (line: string) => void): Promise<Metrics> {
  const { environment, records: all } = await readEventRecords(gold);
  const folder = typeof flags['dictionaries'] === 'string' ? flags['dictionaries'] : join(dirname(gold), '..', 'dictionaries');
  const phoenix = usesPhoenixActors(environment);
  let dict: EventDictionaries;
  try {
    dict = environment.verbs
      ? readDictionaries(folder, { verbs: environment.verbs, ...(phoenix ? {} : { actors: environment.actors }), agents: environment.agents, discards: environment.discards })
      : sharedDictionaries();
  } catch (e) {
    throw new EvalInputError('E_EVAL_DICTIONARIES', `${(e as Error).message} (the records name their dictionaries; pass --dictionaries DIR)`);
  }
  const finder = dictionaryActorFinder(dict.actors, dict.agents);
  const actors: ActorSource = phoenix ? linkActors : (doc, _s, words) => finder(words, doc.meta.published);
  const analyzer = createAnalyzer({ stages: phoenix ? WITH_LINKS : SYNTAX_ONLY, errors: 'record' });
  const scored = all.filter((r) => r.scored);
  const records = scored.slice(0, limitFlag(flags) ?? scored.length);
  const tally = new EventTally();
  const byCategory = new Map<string, EventTally>();
  const started = performance.now();
  for (const record of records) {
    const doc: Doc = analyzer.analyze(createDoc(record.text, { format: 'text', ...(record.date ? { published: record.date } : {}) }));
    const requireDyad = (record.config['require_dyad'] ?? 'true') !== 'false';
    const events = plain(codeDoc(doc, dict, { requireDyad }, actors));
    const predicted = events.map((e) => tripleKey(e.source.code, e.target.code, e.code));
    const expected = record.expectsNothing ? [] : record.expected.map((e) => tripleKey(e.source, e.target, e.code));
    const ok = tally.add(expected, predicted);
    const category = record.category ?? 'none';
    if (!byCategory.has(category)) byCategory.set(category, new EventTally());
    byCategory.get(category)?.add(expected, predicted);
    if (!ok) report(`  miss ${record.id}: expected ${expected.join(' ') || '(none)'}; coded ${predicted.join(' ') || '(none)'} — ${record.text.slice(0, 100)}`);
  }
  const ms = performance.now() - started;
  const m = tally.metrics();
  report(`events: ${m.correct}/${m.records} records correct (${(100 * m.accuracy).toFixed(1)}%) from raw text, ${gold}`);
  report(`  dictionaries: ${environment.verbs ?? 'committed'}; actors ${phoenix ? 'from the linker (KB compiled from the Phoenix files)' : environment.actors.join(', ')}`);
  report(`  triples: P ${(100 * m.precision).toFixed(1)}  R ${(100 * m.recall).toFixed(1)}  F1 ${(100 * m.f1).toFixed(1)}  (gold ${m.gold}, coded ${m.predicted}, matched ${m.matched})`);
  for (const [category, t] of [...byCategory].sort()) {
    const c = t.metrics();
    report(`  ${category.padEnd(10)} ${c.correct}/${c.records} records, triple F1 ${(100 * c.f1).toFixed(1)}`);
  }
  report(`  ${(ms / Math.max(1, records.length)).toFixed(1)} ms per record (pipeline and coder)`);
  return { task: 'events', format: 'petrarch', ...m };
}

/** One line of the JSON-lines gold format. */
interface GoldLine {
  readonly id?: string;
  readonly text: string;
  readonly date?: string;
  readonly events: readonly { readonly source: string; readonly target: string; readonly code?: string; readonly plover?: string }[];
}

async function runJsonl(gold: string, flags: Readonly<Record<string, string | boolean>>, report: (line: string) => void): Promise<Metrics> {
  const lines = (await readFile(gold, 'utf8')).split('\n').filter((l) => l.trim().length > 0);
  const analyzer = createAnalyzer({ stages: [...WITH_LINKS, 'events'], errors: 'record' });
  const tally = new EventTally();
  const limit = limitFlag(flags) ?? lines.length;
  for (const [i, line] of lines.slice(0, limit).entries()) {
    let g: GoldLine;
    try {
      g = JSON.parse(line) as GoldLine;
      if (typeof g.text !== 'string' || !Array.isArray(g.events)) throw new Error('needs "text" and "events"');
    } catch (e) {
      throw new EvalInputError('E_EVAL_GOLD', `${gold}:${i + 1}: ${(e as Error).message}`);
    }
    const doc = analyzer.analyze(createDoc(g.text, { format: 'text', ...(g.date ? { published: g.date } : {}) }));
    const events = plain(doc.layers.events ?? []);
    // Score CAMEO codes when the gold gives them, else PLOVER types.
    const byPlover = g.events.length > 0 && g.events.every((e) => e.code === undefined && e.plover !== undefined);
    const expected = g.events.map((e) => tripleKey(e.source, e.target, (byPlover ? e.plover : e.code) ?? ''));
    const predicted = events.map((e) => tripleKey(e.source.code, e.target.code, byPlover ? (e.plover?.type ?? '') : e.code));
    if (!tally.add(expected, predicted)) report(`  miss ${g.id ?? i + 1}: expected ${expected.join(' ') || '(none)'}; coded ${predicted.join(' ') || '(none)'}`);
  }
  const m = tally.metrics();
  report(`events: ${m.correct}/${m.records} records correct; triples P ${(100 * m.precision).toFixed(1)} R ${(100 * m.recall).toFixed(1)} F1 ${(100 * m.f1).toFixed(1)}`);
  return { task: 'events', format: 'jsonl', ...m };
}

/**
 * Event coding against gold records. PETRARCH validation XML: every scored record is coded from
 * its raw `<Text>` (never its parse) with the dictionaries its `<Environment>` names (from
 * `--dictionaries DIR`, default `../dictionaries` beside the file) and its `<Config>` switches in
 * order; a record is correct when its multiset of (source, target, code) triples equals the
 * expected one (none expected: nothing coded). JSON lines (`{"id","text","date","events":[…]}`):
 * the default pipeline plus `events`, scored on CAMEO codes or PLOVER types, whichever the gold gives.
 *
 * @example
 * newsgraph eval events --gold ../shared/data/petrarch2/validation/PETR.UnitTest.records.xml
 */
export const task: EvalTask = {
  name: 'events',
  description: 'CAMEO event triples vs PETRARCH validation XML or JSON-lines gold (--gold FILE [--dictionaries DIR])',
  async run({ gold, flags, report }) {
    return /\.jsonl?$/i.test(gold) ? runJsonl(gold, flags, report) : runPetrarch(gold, flags, report);
  },
};
