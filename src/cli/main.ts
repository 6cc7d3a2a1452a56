import type { Command } from './command.js';
import { EXIT, processIo, type Io } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * Commands are loaded only when named, so `newsgraph --help` does not pay for SQLite, the HTML
 * parser or the models.
 */
const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<Command> }>> = {
  analyze: { summary: 'analyse articles and print their layers; nothing is stored', load: async () => (await import('./commands/analyze.js')).analyze },
  ingest: { summary: 'read, analyse and store articles in the database (idempotent)', load: async () => (await import('./commands/ingest.js')).ingest },
  show: { summary: 'print one stored article with its layers', load: async () => (await import('./commands/show.js')).show },
  search: { summary: 'full-text search over titles and text, with snippets', load: async () => (await import('./commands/search.js')).search },
  stats: { summary: 'counts of what the database holds', load: async () => (await import('./commands/stats.js')).stats },
  entity: { summary: 'one entity across the corpus: identity, aliases, code, articles, co-mentions', load: async () => (await import('./commands/entity.js')).entity },
  quotes: { summary: 'stored quotations with speaker, date and article', load: async () => (await import('./commands/quotes.js')).quotes },
  entities: { summary: 'the most mentioned entities of the corpus', load: async () => (await import('./commands/entities.js')).entities },
  events: { summary: 'stored events (who did what to whom) with CAMEO codes and evidence', load: async () => (await import('./commands/events.js')).events },
  export: { summary: 'write stored events as GDELT Event 2.0 rows or JSON lines', load: async () => (await import('./commands/export.js')).exportEvents },
  places: { summary: 'the places the corpus names, with coordinates and counts', load: async () => (await import('./commands/places.js')).places },
  eval: { summary: 'measure a component against gold data; the last line is JSON', load: async () => (await import('./commands/eval.js')).evaluate },
  bench: { summary: 'measure speed and memory of the pipeline; the last line is JSON', load: async () => (await import('./commands/bench.js')).bench },
  serve: { summary: 'serve the web UI and the HTTP API over the database', load: async () => (await import('./commands/serve.js')).serve },
};

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`);
  return `newsgraph — who is mentioned, who said what, who did what to whom, where and when

Usage: newsgraph COMMAND [options]   (newsgraph COMMAND --help for its options)

Commands:
${lines.join('\n')}

Every command takes --json. Exit codes: 0 ok, 1 some inputs failed, 2 usage error.`;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    const { createRequire } = await import('node:module');
    io.out((createRequire(import.meta.url)('../../package.json') as { version: string }).version);
    return EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`newsgraph: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`newsgraph ${name}: ${error.message}`);
      io.err(`usage: ${command.usage.split('\n')[0]}`);
      return EXIT.usage;
    }
    if (error instanceof Error && error.name === 'PipelineError') {
      io.err(`newsgraph ${name}: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}
