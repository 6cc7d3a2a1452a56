import { spanText } from '../../doc/index.js';
import { findArticle } from '../../engine/index.js';
import { parse } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `newsgraph show`: one stored article with its layers. */
export const show: Command = {
  name: 'show',
  summary: 'print one stored article with its layers',
  usage: `newsgraph show ID [--db PATH] [--json]

Prints the article's metadata, layer sizes, its time expressions with their TIMEX3 values,
diagnostics and text; --json prints the whole Doc. ID may be a unique prefix of the id (at least 4 characters).`,
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    const id = positionals[0];
    if (positionals.length !== 1 || id === undefined) throw new UsageError('E_USAGE', 'name exactly one article ID');
    if (id.length < 4) throw new UsageError('E_USAGE', `an id prefix needs at least 4 characters, got '${id}'`);
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    try {
      const found = await findArticle(store, id);
      if (found.kind === 'missing') {
        io.err(`newsgraph: no article with id '${id}'`);
        return EXIT.someFailed;
      }
      if (found.kind === 'ambiguous') {
        io.err(`newsgraph: '${id}' matches several articles: ${found.ids.join(', ')}; give more characters`);
        return EXIT.someFailed;
      }
      const { doc } = found;
      if (values.json) {
        io.out(JSON.stringify(doc));
        return EXIT.ok;
      }
      io.out(`id:        ${doc.id}`);
      for (const [key, value] of Object.entries(doc.meta)) {
        if (value !== undefined && key !== 'extra') io.out(`${`${key}:`.padEnd(10)} ${String(value)}`);
      }
      if (doc.meta.extra) io.out(`extra:     ${JSON.stringify(doc.meta.extra)}`);
      const counts = Object.entries(doc.layers).map(([name, spans]) => `${spans?.length ?? 0} ${name}`);
      io.out(`layers:    ${counts.join(', ')}`);
      for (const d of doc.layers.dates ?? []) {
        io.out(`date:      "${spanText(doc.text, d).replace(/\s+/g, ' ')}" ${d.type} ${d.value ?? '(unresolved)'}${d.mod ? ` ${d.mod}` : ''} [${d.basis}]`);
      }
      for (const d of doc.diagnostics) {
        const where = d.span ? ` at [${d.span.start},${d.span.end}) "${spanText(doc.text, d.span).slice(0, 40)}"` : '';
        io.out(`${d.severity}: ${d.stage} ${d.code}: ${d.text}${where}`);
      }
      io.out('');
      io.out(doc.text);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
