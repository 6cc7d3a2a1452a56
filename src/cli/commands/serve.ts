import { parse, positiveInt } from '../args.js';
import type { Command } from '../command.js';
import { DEFAULT_DB, openDb } from '../db.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** `newsgraph serve`: the HTTP API and web UI over one database, until interrupted. */
export const serve: Command = {
  name: 'serve',
  summary: 'serve the web UI and the HTTP API over the database',
  usage: `newsgraph serve [--db PATH] [--port N] [--host 127.0.0.1] [--token T]

Serves the web UI and the JSON API (documented at /api/openapi.json) over the database and prints
the URL. Binds 127.0.0.1 unless --host says otherwise. POST /api/ingest needs the token, from
--token or the NEWSGRAPH_TOKEN environment variable; without one the server takes no writes.
Requests read and write only the database. Default port 8080; --port 0 picks a free one.`,
  run: async (argv, io) => {
    const { values } = parse(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' } }, false);
    const port = values.port === '0' ? 0 : positiveInt('port', values.port, 8080);
    if (port > 65535) throw new UsageError('E_USAGE', `--port expects 0 to 65535, got '${values.port}'`);
    const host = values.host ?? '127.0.0.1';
    const token = values.token ?? (process.env['NEWSGRAPH_TOKEN'] || undefined);
    if (token !== undefined && token.length < 8) throw new UsageError('E_USAGE', 'the token must be at least 8 characters');
    const store = await openDb(values.db ?? DEFAULT_DB, true);
    const { createApp } = await import('../../api/index.js');
    const { serve: listen } = await import('@hono/node-server');
    const app = createApp({ store, ...(token !== undefined ? { token } : {}), loopbackOnly: LOOPBACK.has(host) });
    const server = await new Promise<ReturnType<typeof listen>>((resolve, reject) => {
      const s = listen({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
      s.once('error', (error: NodeJS.ErrnoException) => {
        const why = error.code === 'EADDRINUSE' ? `port ${port} is in use; pass --port N (0 picks a free one)` : error.code === 'EADDRNOTAVAIL' ? `this machine has no address ${host}` : error.message;
        void store.close().then(() => reject(new UsageError('E_LISTEN', `cannot listen on ${host}:${port}: ${why}`)));
      });
    });
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    const shown = host.includes(':') ? `[${host}]` : host;
    io.out(`newsgraph: serving ${values.db ?? DEFAULT_DB} at http://${shown}:${bound}/`);
    io.err(token ? 'newsgraph: writes (POST /api/ingest) need the token' : 'newsgraph: no token given, so POST /api/ingest is refused (pass --token or NEWSGRAPH_TOKEN to allow it)');
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await store.close();
    return EXIT.ok;
  },
};
