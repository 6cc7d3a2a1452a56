import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  db = join(dir, 'serve.db');
  writeFileSync(join(dir, 'a.txt'), 'Harbour reopens\n\nThe harbour of Valletta reopened on Saturday after a storm.\n');
  expect((await runCli('ingest', join(dir, 'a.txt'), '--db', db)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('newsgraph serve prints its loopback URL, answers the API there, and refuses writes without a token', async () => {
  const child = spawn(process.execPath, ['bin/newsgraph.js', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEWSGRAPH_TOKEN: '' } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(String(chunk));
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { articles: number };
    expect(stats.articles).toBe(1);
    const write = await fetch(`${url}api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    expect(write.status).toBe(403);
    expect((await fetch(url)).headers.get('content-type')).toContain('text/html');
  } finally {
    child.kill('SIGTERM');
  }
});

it('newsgraph serve names a missing database instead of creating one', async () => {
  const run = await runCli('serve', '--db', join(dir, 'nope.db'), '--port', '0');
  expect(run.code).toBe(2);
  expect(run.err.join('\n')).toContain("no database at");
});
