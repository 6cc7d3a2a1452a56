#!/usr/bin/env node
// Load test of the HTTP API: starts `newsgraph serve` on a database as a child process, sends the
// common queries with N requests in flight for S seconds each, and prints p50/p99 latency, errors
// and the server's resident memory over the run. Needs a built dist/ (npm run build).
//
//   node bench/api-load.mjs --db big.db [--seconds 10] [--concurrency 10]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { db: { type: 'string' }, seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '10' } } });
if (!values.db) {
  console.error('usage: node bench/api-load.mjs --db FILE [--seconds 10] [--concurrency 10]');
  process.exit(2);
}
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const server = spawn(process.execPath, ['bin/newsgraph.js', 'serve', '--db', values.db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const m = /(http:\/\/\S+?)\/?\s/.exec(String(chunk));
    if (m) resolve(m[1]);
  });
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024;

const get = async (path) => (await (await fetch(base + path)).json());
// Each query cycles through many variants (top entities, recent articles, several words and
// actors), so the server's answer cache (200 answers) cannot hold them all and most requests do
// the database work; a fixed path would measure the cache.
const entities = (await get('/api/entities?limit=100')).items;
const articles = (await get('/api/articles?limit=100')).items;
const WORDS = ['minister', 'oil', 'bank', 'election', 'trade', 'police', 'court', 'market', 'strike', 'talks', 'government', 'company', 'army', 'prices', 'deal', 'vote', 'president', 'shares', 'rates', 'tax'];
const ACTORS = ['USA', 'GBR', 'RUS', 'JPN', 'FRA', 'DEU', 'CHN', 'CAN', 'IRN', 'ISR'];
const pick = (list, i) => list[i % list.length];
const QUERIES = [
  ['search', (i) => `/api/articles?q=${pick(WORDS, i)}&offset=${Math.floor(i / WORDS.length) % 50}`],
  ['search + date filter', (i) => `/api/articles?q=${pick(WORDS, i)}&from=1987-03-01&to=1987-03-${String(10 + (i % 20)).padStart(2, '0')}`],
  ['filter by entity', (i) => `/api/articles?entity=${pick(entities, i).id}`],
  ['article', (i) => `/api/articles/${pick(articles, i).id}`],
  ['entities', (i) => `/api/entities?offset=${i % 1000}`],
  ['entity report', (i) => `/api/entities/${pick(entities, i).id}`],
  ['entity timeline by month', (i) => `/api/entities/${pick(entities, i).id}/timeline?unit=month`],
  ['quotes by speaker', (i) => `/api/quotes?speaker=${pick(WORDS, i)}&offset=${Math.floor(i / WORDS.length) % 20}`],
  ['places', (i) => `/api/places?offset=${i % 1000}`],
  ['events by source', (i) => `/api/events?source=${pick(ACTORS, i)}&offset=${Math.floor(i / ACTORS.length) % 100}`],
  ['relation by month', (i) => `/api/relations?a=${pick(ACTORS, i)}&b=${pick(ACTORS, i + 1 + (i >> 4) % 8)}&unit=month`],
  ['map', () => '/api/map'],
];

const memory = [rss()];
const sampler = setInterval(() => memory.push(rss()), 1000);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
console.log(`${base}  ${seconds}s per query, ${concurrency} in flight`);
for (const [name, path] of QUERIES) {
  const times = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  let sent = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const t = performance.now();
      const res = await fetch(base + path(sent++)).catch(() => undefined);
      if (!res || !res.ok) errors += 1;
      await res?.arrayBuffer();
      times.push(performance.now() - t);
    }
  }));
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(26)} ${String(times.length).padStart(6)} req  p50 ${pct(times, 50).toFixed(1).padStart(6)} ms  p99 ${pct(times, 99).toFixed(1).padStart(6)} ms  errors ${errors}  server RSS ${rss().toFixed(0)} MB`);
}
clearInterval(sampler);
console.log(`server RSS MB: start ${memory[0].toFixed(0)}, max ${Math.max(...memory).toFixed(0)}, end ${memory.at(-1).toFixed(0)}`);
server.kill('SIGTERM');
