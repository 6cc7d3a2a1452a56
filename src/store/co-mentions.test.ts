import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createDoc, type Doc, type Link } from '../doc/index.js';
import { openSqliteStore } from './index.js';
import { sql as backfill } from './migrations/0011-co-mentions.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** An article linking each name once, at its first occurrence. */
function article(text: string, names: readonly string[]): Doc {
  const links: Link[] = names.map((name, id) => {
    const start = text.indexOf(name);
    const mention = { start, end: start + name.length, kind: 'name' as const };
    return { ...mention, id, kind: 'person', mentions: [mention] };
  });
  return { ...createDoc(text, { format: 'text', published: '2020-01-01' }), layers: { links } };
}

type Row = { entity: number; other: number; articles: number };

it('counts co-mentions on save exactly as the migration computes them from stored links', async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-co-'));
  const path = join(dir, 'co.db');
  const store = openSqliteStore(path);
  await store.saveBatch([
    article('Ann met Bo and Cy.', ['Ann', 'Bo', 'Cy']),
    article('Ann called Bo.', ['Ann', 'Bo']),
    article('Cy alone.', ['Cy']),
  ]);
  await store.close();
  const db = new Database(path);
  const all = (): Row[] => db.prepare<[], Row>('SELECT entity, other, articles FROM co_mentions ORDER BY entity, other').all();
  const saved = all();
  const names = new Map(db.prepare<[], { id: number; name: string }>('SELECT id, name FROM corpus_entities').all().map((r) => [r.id, r.name]));
  const pair = (r: Row): string => `${names.get(r.entity)}-${names.get(r.other)}:${r.articles}`;
  expect(saved.map(pair).sort()).toEqual(['Ann-Bo:2', 'Ann-Cy:1', 'Bo-Ann:2', 'Bo-Cy:1', 'Cy-Ann:1', 'Cy-Bo:1']);
  db.exec('DROP TABLE co_mentions');
  db.exec(backfill);
  expect(all()).toEqual(saved);
  db.close();
});
