import { spanText, type Doc } from '../../doc/index.js';
import { analyzeInputs } from '../../engine/index.js';
import { engineOptions, parse, READ_FLAGS } from '../args.js';
import type { Command } from '../command.js';
import { EXIT, type Io } from '../io.js';
import { UsageError } from '../usage-error.js';

function printReadable(doc: Doc, io: Io): void {
  const tokens = doc.layers.tokens ?? [];
  io.out(`# ${doc.meta.origin ?? doc.id}  (id ${doc.id.slice(0, 12)}, ${doc.text.length} chars, ${tokens.length} tokens)`);
  if (doc.meta.title) io.out(`title: ${doc.meta.title}`);
  (doc.layers.sentences ?? []).forEach((sentence, i) => {
    const words = tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => spanText(doc.text, t));
    io.out(`${String(i + 1).padStart(3)} [${sentence.start},${sentence.end}) ${words.join(' | ')}`);
  });
  printEntities(doc, io);
  printQuotes(doc, io);
  printDates(doc, io);
  printEvents(doc, io);
  for (const d of doc.diagnostics) io.out(`  ${d.severity} ${d.code}: ${d.text}`);
}

/** One line per linked entity (or per mention when the pipeline stops before linking). */
function printEntities(doc: Doc, io: Io): void {
  const { links, entities } = doc.layers;
  if (links && links.length > 0) {
    io.out('entities:');
    for (const link of links) {
      const names = [...new Set(link.mentions.map((m) => spanText(doc.text, m)))].join(' | ');
      const identity = [link.kind, link.code, link.kbId].filter(Boolean).join(', ');
      io.out(`  ${names}  (${identity}; ${link.mentions.length} mention${link.mentions.length === 1 ? '' : 's'})`);
    }
  } else if (entities && entities.length > 0) {
    io.out('entities:');
    for (const e of entities) io.out(`  ${e.type.padEnd(4)} ${spanText(doc.text, e)}${e.country ? ` → ${e.country}` : ''}`);
  }
}

/** One line per quote: kind, speaker (with the name its link goes by when it differs), cue, words. */
function printQuotes(doc: Doc, io: Io): void {
  const quotes = doc.layers.quotes ?? [];
  if (quotes.length === 0) return;
  io.out('quotes:');
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  for (const q of quotes) {
    const link = q.speakerLink !== undefined ? doc.layers.links?.[q.speakerLink] : undefined;
    const words = q.speaker ? clean(spanText(doc.text, q.speaker)) : '(unknown)';
    const name = link ? clean(spanText(doc.text, link.mentions.find((m) => m.kind === 'name') ?? link.mentions[0]!)) : undefined;
    const who = name && !words.includes(name) ? `${words} = ${name}` : words;
    const cue = q.cue ? ` ${clean(spanText(doc.text, q.cue))}` : '';
    const to = q.addressee ? ` → ${clean(spanText(doc.text, q.addressee))}` : '';
    io.out(`  ${q.kind.padEnd(8)} ${who}${cue}${to}: ${q.content.map((c) => clean(spanText(doc.text, c))).join(' … ')}`);
  }
}

/** One line per time expression: its words, TIMEX3 type and value, and what the value rests on. */
function printDates(doc: Doc, io: Io): void {
  const dates = doc.layers.dates ?? [];
  if (dates.length === 0) return;
  io.out('dates:');
  for (const d of dates) {
    io.out(`  ${spanText(doc.text, d).replace(/\s+/g, ' ')}  (${d.type} ${d.value ?? 'no value'}${d.mod ? ` ${d.mod}` : ''}; ${d.basis})`);
  }
}

/** One line per event: source → target, CAMEO code, the action's words and its flags. */
function printEvents(doc: Doc, io: Io): void {
  const events = doc.layers.events ?? [];
  if (events.length === 0) return;
  io.out('events:');
  const words = (s: { start: number; end: number }) => spanText(doc.text, s).replace(/\s+/g, ' ');
  for (const e of events) {
    const flags = [e.negated ? 'negated' : '', e.hypothetical ? 'hypothetical' : '', e.quoted ? 'quoted' : ''].filter(Boolean);
    io.out(`  ${e.source.code} (${words(e.source)}) → ${e.target.code} (${words(e.target)})  ${e.code}  "${words(e)}"${flags.length ? `  [${flags.join(', ')}]` : ''}`);
  }
}

/** `newsgraph analyze`: layers to stdout, nothing stored. */
export const analyze: Command = {
  name: 'analyze',
  summary: 'analyse articles and print their layers; nothing is stored',
  usage: `newsgraph analyze FILE|DIR|- [--json] [--stages a,b,c] [--strict] [--format auto|text|jsonl|html] [--max-bytes N]

Reads each article (a file, a folder walked recursively, or - for stdin), runs the pipeline and
prints its sentences with their tokens, then its entities with their identity and code, then its quotes with their speakers, then its time expressions with their TIMEX3 values, then its events. --json prints one Doc per line (text, meta, layers with
UTF-16 offsets, diagnostics). Exit code 1 when an input could not be read.`,
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, READ_FLAGS);
    if (positionals.length === 0) throw new UsageError('E_USAGE', 'name at least one FILE, DIR or - for stdin');
    let failed = 0;
    for await (const result of analyzeInputs(positionals, engineOptions(values))) {
      if (!result.ok) {
        failed += 1;
        io.err(`newsgraph: ${result.error.origin}: ${result.error.code} ${result.error.reason}`);
      } else if (values.json) io.out(JSON.stringify(result.doc));
      else printReadable(result.doc, io);
    }
    return failed > 0 ? EXIT.someFailed : EXIT.ok;
  },
};
