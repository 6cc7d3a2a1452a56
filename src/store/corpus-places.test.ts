import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createDoc, type Doc, type Place } from '../doc/index.js';
import { openSqliteStore } from './index.js';
import { sql as backfill } from './migrations/0012-corpus-places.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const LYON = { gazId: 'gn:1', name: 'Lyon', placeClass: 'city', lat: 45.76, lon: 4.84, country: 'FRA' } as const;
const ALPS = { gazId: 'r:alps', name: 'Alps', placeClass: 'region', lat: 46.5, lon: 10 } as const;

/** An article whose places layer names `names` in order, each resolved to its entry ("Zed" to none). */
function article(text: string, names: readonly string[]): Doc {
  let from = 0;
  const places: Place[] = names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    const entry = name === 'Lyon' ? LYON : name === 'Alps' ? ALPS : {};
    return { start, end: start + name.length, use: 'literal', ...entry };
  });
  return { ...createDoc(text, { format: 'text' }), layers: { places } };
}

type Row = { gaz_id: string; name: string; mentions: number; articles: number; lat: number };

it('counts corpus places on save exactly as the migration computes them from stored places', async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-places-'));
  const path = join(dir, 'p.db');
  const store = openSqliteStore(path);
  await store.saveBatch([article('Lyon, then Lyon again, and Zed.', ['Lyon', 'Lyon', 'Zed']), article('Lyon and the Alps.', ['Lyon', 'Alps'])]);
  expect((await store.places({ limit: 10, offset: 0 })).map((p) => [p.name, p.mentions, p.articles])).toEqual([['Lyon', 3, 2], ['Alps', 1, 1]]);
  await store.close();
  const db = new Database(path);
  const all = (): Row[] => db.prepare<[], Row>('SELECT gaz_id, name, mentions, articles, lat FROM corpus_places ORDER BY gaz_id').all();
  const saved = all();
  db.exec('DROP TABLE corpus_places');
  db.exec(backfill);
  expect(all()).toEqual(saved);
  db.close();
});
