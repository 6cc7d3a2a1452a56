import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDoc } from '../src/doc/index.js';
import { openSqliteStore } from '../src/store/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Inside node_modules so the compiled store resolves `better-sqlite3` like the real one does.
const COMPILED = join(ROOT, 'node_modules/.cache/newsgraph-store-crash');
const CHILD = join(ROOT, 'test/store-crash-child.mjs');
// Enough that no kill below comes after the last batch, even on a machine several times faster.
const ARTICLES = 20_000;
const BATCH = 200;

let dir: string;
let dbPath: string;

/** What one child run did: the batches it reported committed, and whether it finished. */
interface ChildRun {
  readonly committed: number[];
  readonly done: boolean;
  readonly signal: NodeJS.Signals | null;
}

/**
 * Runs the child; when `killAfterMs` is given, SIGKILLs it that long after it has committed two
 * batches that added articles, so the kill lands while it is busy writing.
 */
function runChild(killAfterMs?: number): Promise<ChildRun> {
  const child = spawn(process.execPath, [CHILD, COMPILED, dbPath, String(ARTICLES), String(BATCH)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const committed: number[] = [];
  let done = false;
  let writing = 0;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [word, batch, added] = line.split(' ');
    if (word === 'done') done = true;
    if (word !== 'committed') return;
    committed.push(Number(batch));
    if (Number(added) > 0 && ++writing === 2 && killAfterMs !== undefined) {
      setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`child exited with ${code ?? signal}`));
      else resolve({ committed, done, signal });
    });
  });
}

/**
 * Checks the database a killed child left: SQLite and FTS5 integrity, every article whole (its
 * layer counts equal those its header sentence states), every reported commit present.
 * Returns the number of articles stored.
 */
async function checkDatabase(committed: readonly number[]): Promise<number> {
  const db = new Database(dbPath);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  // Throws SQLITE_CORRUPT_VTAB when the full-text index disagrees with the articles table.
  db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
  const rows = db
    .prepare<[], { text: string; external_id: string; layers: string; p: number; s: number; t: number; bytes: number }>(`
      SELECT a.text, a.external_id, a.layers,
        (SELECT count(*) FROM paragraphs WHERE article_seq = a.seq) AS p,
        (SELECT count(*) FROM sentences WHERE article_seq = a.seq) AS s,
        t.count AS t, length(t.packed) AS bytes
      FROM articles a JOIN tokens t ON t.article_seq = a.seq`)
    .all();
  expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: rows.length });
  db.close();
  for (const row of rows) {
    const [, , p, s, t] = /^Doc (\d+) has (\d+) paragraphs (\d+) sentences (\d+) tokens\./.exec(row.text)!.map(Number);
    expect({ layers: row.layers, p: row.p, s: row.s, t: row.t, bytes: row.bytes }).toEqual({ layers: 'paragraphs,tokens,sentences', p, s, t, bytes: t! * 9 });
  }
  const stored = new Set(rows.map((row) => Number(row.external_id)));
  const lastCommitted = Math.max(-1, ...committed);
  const missing: number[] = [];
  for (let n = 0; n < Math.min((lastCommitted + 1) * BATCH, ARTICLES); n++) if (!stored.has(n)) missing.push(n);
  expect(missing).toEqual([]);

  const store = openSqliteStore(dbPath);
  const newest = await store.listArticles({ limit: 5, offset: 0 });
  for (const { id } of newest) expect(validateDoc((await store.getDoc(id))!)).toEqual([]);
  await store.close();
  return rows.length;
}

beforeAll(() => {
  // Compile the store as it is now (dist/ may be stale while developing) for the child to import.
  mkdirSync(COMPILED, { recursive: true });
  const tsconfig = {
    extends: join(ROOT, 'tsconfig.json'),
    compilerOptions: { outDir: COMPILED, rootDir: join(ROOT, 'src') },
    files: [join(ROOT, 'src/store/index.ts'), join(ROOT, 'src/doc/index.ts')],
    include: [],
  };
  writeFileSync(join(COMPILED, 'tsconfig.json'), JSON.stringify(tsconfig));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(COMPILED, 'tsconfig.json')], { stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));
  dbPath = join(dir, 'crash.db');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('store after kill -9', () => {
  it('is intact after each kill and completes the rest on a rerun, with no duplicates', async () => {
    let stored = 0;
    for (const delay of [0, 37, 90, 160]) {
      const run = await runChild(delay);
      expect(run.signal).toBe('SIGKILL');
      expect(run.done).toBe(false);
      const now = await checkDatabase(run.committed);
      expect(now).toBeGreaterThan(stored);
      stored = now;
    }
    const last = await runChild();
    expect(last.done).toBe(true);
    expect(await checkDatabase(last.committed)).toBe(ARTICLES);
  });
});
