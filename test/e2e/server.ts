import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/api/index.js';
import { DEFAULT_OPTIONS, ingest } from '../../src/engine/index.js';
import { openSqliteStore } from '../../src/store/index.js';

/** A real server on a free loopback port over a fresh SQLite file holding the given inputs (default pipeline). */
export async function startServer(inputs: readonly string[], token: string) {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  const store = openSqliteStore(join(dir, 'e2e.db'));
  await ingest(inputs, store, DEFAULT_OPTIONS);
  const app = createApp({ store, token, loopbackOnly: true });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
