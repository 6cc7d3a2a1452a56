import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDoc, diagnostic, validateDoc, type Doc, type Sentence, type Token } from '../doc/index.js';
import { migrate, SCHEMA_VERSION } from './migrate.js';
import { openSqliteStore, StoreError, type Store } from './index.js';
import { packTokens, unpackTokens } from './token-blob.js';

const PAGE = { limit: 10, offset: 0 };

/**
 * A small analysed article: one token per word or punctuation mark, one sentence per `.`/`?`,
 * one paragraph per blank-line block — computed by hand from the text so every span is real.
 */
function article(text: string, meta: Doc['meta'] = { format: 'text' }, extra: Partial<Doc> = {}): Doc {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu)) {
    const kind = /\p{L}/u.test(m[0]) ? 'word' : /\p{N}/u.test(m[0]) ? 'number' : 'punct';
    tokens.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  const sentences: Sentence[] = [];
  let first = 0;
  tokens.forEach((t, i) => {
    if (/[.?]/.test(text.slice(t.start, t.end))) {
      sentences.push({ start: tokens[first]!.start, end: t.end, tokenStart: first, tokenEnd: i + 1 });
      first = i + 1;
    }
  });
  const paragraphs = [...text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const doc: Doc = { ...createDoc(text, meta), layers: { paragraphs, tokens, sentences }, ...extra };
  expect(validateDoc(doc)).toEqual([]);
  return doc;
}

const GENEVA = article(
  'Putin and Trump will meet in Geneva.\n\nThe Kremlin said talks were "at an all-time low". Will they agree?',
  {
    format: 'jsonl',
    origin: 'feed.jsonl:3',
    title: 'Leaders to meet in Geneva',
    url: 'https://example.org/geneva',
    published: '2017-04-12',
    source: 'Example News',
    author: 'A. Writer',
    language: 'en',
    externalId: 'x-17',
    encoding: 'utf-8',
    extra: { section: 'world', tags: ['russia', 'usa'] },
  },
  {
    sourceMap: [
      { start: 0, end: 36, sourceStart: 120 },
      { start: 38, end: 101, sourceStart: 170 },
    ],
    diagnostics: [
      diagnostic('warning', 'ingest', 'ingest/encoding-fallback', 'decoded as windows-1252'),
      diagnostic('info', 'tokens', 'tokens/odd-quote', 'a quote mark opens but never closes', { start: 71, end: 72 }),
    ],
  },
);
const SOCHI = article('Merkel visited Sochi in May. She met Putin.', { format: 'text', source: 'Example News', published: '2017-05-02' });
const BARE = createDoc('No layers at all here.', { format: 'html' });

let store: Store | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await store?.close();
  store = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
  dirs.push(dir);
  return join(dir, 'test.db');
}

describe('migrations', () => {
  it('build the schema on an empty database and record the version', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const schema = db
      .prepare<[], { type: string; name: string }>("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite%' ORDER BY type, name")
      .all()
      .map((r) => `${r.type} ${r.name}`);
    expect(schema).toEqual([
      'index articles_published', 'index articles_source', 'index articles_url', 'index co_mentions_rank', 'index corpus_entities_mentions',
      'index corpus_entities_name', 'index corpus_places_rank', 'index dates_value', 'index diagnostics_code', 'index entities_type', 'index events_code', 'index events_date',
      'index events_source', 'index events_target', 'index links_entity', 'index places_gaz', 'index quotes_speaker',
      'table articles', 'table articles_fts', 'table articles_fts_config', 'table articles_fts_data',
      'table articles_fts_docsize', 'table articles_fts_idx', 'table chunks', 'table co_mentions', 'table corpus_entities', 'table corpus_places', 'table dates', 'table diagnostics', 'table entities', 'table events',
      'table inputs', 'table links', 'table paragraphs', 'table places', 'table pos_tags', 'table quotes', 'table quotes_speaker_fts', 'table quotes_speaker_fts_config',
      'table quotes_speaker_fts_data', 'table quotes_speaker_fts_docsize', 'table quotes_speaker_fts_idx', 'table sentences', 'table tokens',
      'trigger articles_fts_delete', 'trigger articles_fts_insert',
    ]);
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('sentences')").all().map((r) => r.name);
    expect(columns).toEqual(['article_seq', 'idx', 'char_start', 'char_end', 'token_start', 'token_end']);
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('apply only the migrations a database lacks, in order', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER)' },
      { version: 2, name: 'two', sql: 'ALTER TABLE one ADD COLUMN y INTEGER' },
    ];
    migrate(db, ':memory:', steps.slice(0, 1));
    migrate(db, ':memory:', steps);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('one')").all().map((r) => r.name)).toEqual(['x', 'y']);
    db.close();
  });

  it('refuse a database newer than the code', async () => {
    const path = tempPath();
    await openSqliteStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/^E_STORE_TOO_NEW: .*upgrade newsgraph/);
  });

  it('leave a failed migration unapplied', () => {
    const db = new Database(':memory:');
    const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE a (x); CREATE TABLE a (x);' }];
    expect(() => migrate(db, ':memory:', broken)).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'a'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('token blob', () => {
  it('packs 9 bytes a token and unpacks exactly', () => {
    const tokens: Token[] = [
      { start: 0, end: 5, kind: 'word' },
      { start: 6, end: 8, kind: 'number' },
      { start: 8, end: 9, kind: 'punct' },
      { start: 70_000, end: 4_000_000_000, kind: 'email' },
    ];
    const packed = packTokens(tokens);
    expect(packed.length).toBe(36);
    expect(unpackTokens(packed, 4)).toEqual(tokens);
  });

  it('rejects a blob of the wrong size', () => {
    expect(() => unpackTokens(Buffer.alloc(10), 1)).toThrow(StoreError);
  });
});

describe('sqlite store', () => {
  it('returns a saved Doc exactly as it was saved', async () => {
    store = openSqliteStore(':memory:');
    await store.saveBatch([GENEVA, SOCHI, BARE]);
    expect(await store.getDoc(GENEVA.id)).toEqual(GENEVA);
    expect(await store.getDoc(SOCHI.id)).toEqual(SOCHI);
    expect(await store.getDoc(BARE.id)).toEqual(BARE);
    expect(await store.getDoc('0'.repeat(32))).toBeUndefined();
  });

  it('keeps an empty layer apart from an absent one', async () => {
    store = openSqliteStore(':memory:');
    const empty: Doc = { ...createDoc('', { format: 'text' }), layers: { tokens: [], sentences: [] } };
    await store.saveBatch([empty]);
    expect(await store.getDoc(empty.id)).toEqual(empty);
  });

  it('skips articles already stored and reports them as present', async () => {
    store = openSqliteStore(':memory:');
    expect(await store.saveBatch([GENEVA])).toEqual({ added: [GENEVA.id], present: [] });
    expect(await store.saveBatch([SOCHI, GENEVA])).toEqual({ added: [SOCHI.id], present: [GENEVA.id] });
    const stats = await store.stats();
    expect(stats.articles).toBe(2);
    expect(stats.sentences).toBe(GENEVA.layers.sentences!.length + SOCHI.layers.sentences!.length);
  });

  it('stores an id repeated inside one batch once', async () => {
    store = openSqliteStore(':memory:');
    expect(await store.saveBatch([SOCHI, SOCHI, GENEVA, SOCHI])).toEqual({ added: [SOCHI.id, GENEVA.id], present: [] });
    expect((await store.stats()).paragraphs).toBe(GENEVA.layers.paragraphs!.length + SOCHI.layers.paragraphs!.length);
  });

  it('round-trips entity mentions, with the country of a nationality and without one elsewhere', async () => {
    store = openSqliteStore(':memory:');
    const base = article('Russian troops left Sochi.');
    const doc: Doc = {
      ...base,
      layers: {
        ...base.layers,
        entities: [
          { start: 0, end: 7, type: 'MISC', tokenStart: 0, tokenEnd: 1, country: 'RUS' },
          { start: 20, end: 25, type: 'LOC', tokenStart: 3, tokenEnd: 4 },
        ],
      },
    };
    expect(validateDoc(doc)).toEqual([]);
    await store.saveBatch([doc]);
    expect(await store.getDoc(doc.id)).toEqual(doc);
  });

  it('round-trips POS tags and chunks, their spans rebuilt from the tokens', async () => {
    store = openSqliteStore(':memory:');
    const base = article('Russian troops left Sochi.');
    const tokens = base.layers.tokens!;
    const tags = ['JJ', 'NNS', 'VBD', 'NNP', '.'];
    const doc: Doc = {
      ...base,
      layers: {
        ...base.layers,
        pos: tokens.map((t, i) => ({ start: t.start, end: t.end, tag: tags[i]! })),
        chunks: [
          { start: 0, end: 14, type: 'NP', tokenStart: 0, tokenEnd: 2 },
          { start: 15, end: 19, type: 'VP', tokenStart: 2, tokenEnd: 3 },
          { start: 20, end: 25, type: 'NP', tokenStart: 3, tokenEnd: 4 },
        ],
      },
    };
    expect(validateDoc(doc)).toEqual([]);
    await store.saveBatch([doc]);
    expect(await store.getDoc(doc.id)).toEqual(doc);
  });

  it('keeps every input a text was read from, once, without storing the text twice', async () => {
    store = openSqliteStore(':memory:');
    const copy: Doc = { ...GENEVA, meta: { format: 'text', origin: 'mirror/geneva.txt' }, layers: {} };
    expect(await store.saveBatch([GENEVA, copy])).toEqual({ added: [GENEVA.id], present: [] });
    expect(await store.saveBatch([copy, GENEVA])).toEqual({ added: [], present: [GENEVA.id] });
    expect(await store.stats()).toMatchObject({ articles: 1, inputs: 2 });
    expect(await store.getDoc(GENEVA.id)).toEqual(GENEVA);
  });

  it('writes nothing of a batch that fails halfway', async () => {
    store = openSqliteStore(':memory:');
    const bad: Doc = { ...article('One more.'), diagnostics: [{ severity: 'fatal' as 'error', stage: 'x', code: 'x/y', text: 'z' }] };
    await expect(store.saveBatch([SOCHI, bad])).rejects.toThrow(/CHECK constraint/);
    expect((await store.stats()).articles).toBe(0);
    expect(await store.search('Merkel', PAGE)).toEqual([]);
  });

  it('rejects an article that breaks the schema instead of counting it present', async () => {
    store = openSqliteStore(':memory:');
    const noFormat = { ...SOCHI, meta: {} as Doc['meta'] };
    await expect(store.saveBatch([noFormat])).rejects.toThrow(/NOT NULL constraint failed: articles.format/);
  });

  it('answers has, resolveId and diagnostics', async () => {
    store = openSqliteStore(':memory:');
    await store.saveBatch([GENEVA, SOCHI]);
    expect(await store.has([GENEVA.id, 'f'.repeat(32)])).toEqual(new Set([GENEVA.id]));
    expect(await store.resolveId(GENEVA.id.slice(0, 6).toUpperCase())).toEqual([GENEVA.id]);
    expect(await store.resolveId('')).toEqual([]);
    expect(await store.resolveId("x' OR 1=1")).toEqual([]);
    expect(await store.diagnostics(GENEVA.id)).toEqual(GENEVA.diagnostics);
    expect(await store.diagnostics(SOCHI.id)).toEqual([]);
  });

  it('lists articles newest stored first, with paging', async () => {
    store = openSqliteStore(':memory:');
    await store.saveBatch([GENEVA]);
    await store.saveBatch([SOCHI]);
    const list = await store.listArticles(PAGE);
    expect(list.map((a) => a.id)).toEqual([SOCHI.id, GENEVA.id]);
    expect(list[1]).toMatchObject({ title: 'Leaders to meet in Geneva', origin: 'feed.jsonl:3', source: 'Example News', chars: GENEVA.text.length });
    expect(list[1]!.ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await store.listArticles({ limit: 1, offset: 1 })).map((a) => a.id)).toEqual([GENEVA.id]);
  });

  it('counts everything in stats', async () => {
    store = openSqliteStore(':memory:');
    await store.saveBatch([GENEVA, SOCHI, BARE]);
    expect(await store.stats()).toEqual({
      articles: 3,
      inputs: 3,
      paragraphs: 3,
      sentences: 5,
      tokens: GENEVA.layers.tokens!.length + SOCHI.layers.tokens!.length,
      diagnostics: 2,
      byFormat: { html: 1, jsonl: 1, text: 1 },
      bySource: { 'Example News': 2 },
      published: { first: '2017-04-12', last: '2017-05-02' },
    });
  });

  it('counts nothing in an empty store', async () => {
    store = openSqliteStore(':memory:');
    expect(await store.stats()).toMatchObject({ articles: 0, tokens: 0, byFormat: {}, published: { first: null, last: null } });
  });
});

describe('search', () => {
  it('ranks by bm25 and marks matches in a snippet', async () => {
    store = openSqliteStore(':memory:');
    await store.saveBatch([GENEVA, SOCHI, BARE]);
    const hits = await store.search('putin', PAGE);
    expect(hits.map((h) => h.id).sort()).toEqual([GENEVA.id, SOCHI.id].sort());
    expect(hits[0]!.rank).toBeLessThanOrEqual(hits[1]!.rank);
    const [sochi] = await store.search('sochi', PAGE);
    expect(sochi).toMatchObject({ id: SOCHI.id, snippet: 'Merkel visited [Sochi] in May. She met Putin.' });
  });

  it('weighs a title match above a body match', async () => {
    store = openSqliteStore(':memory:');
    await store.saveBatch([GENEVA, SOCHI]);
    const hits = await store.search('geneva OR sochi', PAGE);
    expect(hits[0]!.id).toBe(GENEVA.id);
    expect(hits[0]!.snippet).toContain('[Geneva]');
  });

  it('understands FTS5 syntax', async () => {
    store = openSqliteStore(':memory:');
    await store.saveBatch([GENEVA, SOCHI]);
    expect((await store.search('title:leaders', PAGE)).map((h) => h.id)).toEqual([GENEVA.id]);
    expect((await store.search('Kreml*', PAGE)).map((h) => h.id)).toEqual([GENEVA.id]);
  });

  it('cuts a long text to about 12 tokens around the match', async () => {
    store = openSqliteStore(':memory:');
    const long = article(`${'Nothing happens here. '.repeat(20)}Then a summit in Astana. ${'Quiet again. '.repeat(20)}`);
    await store.saveBatch([long]);
    const [hit] = await store.search('astana', PAGE);
    expect(hit!.snippet).toContain('[Astana]');
    expect(hit!.snippet.startsWith('…') && hit!.snippet.endsWith('…')).toBe(true);
    expect(hit!.snippet.split(/\s+/).length).toBeLessThanOrEqual(14);
  });

  it('treats a query FTS5 cannot parse as literal words instead of throwing', async () => {
    store = openSqliteStore(':memory:');
    await store.saveBatch([GENEVA, SOCHI]);
    expect((await store.search('"all-time', PAGE)).map((h) => h.id)).toEqual([GENEVA.id]);
    expect((await store.search('AND AND', PAGE)).map((h) => h.id)).toEqual([GENEVA.id]);
    expect((await store.search('(Merkel met', PAGE)).map((h) => h.id)).toEqual([SOCHI.id]);
    expect((await store.search('nosuchcolumn:putin', PAGE)).length).toBe(0);
    expect(await store.search('"', PAGE)).toEqual([]);
    expect(await store.search('', PAGE)).toEqual([]);
  });
});

describe('read-only store', () => {
  it('reads and refuses writes', async () => {
    const path = tempPath();
    const writer = openSqliteStore(path);
    await writer.saveBatch([SOCHI]);
    await writer.close();
    store = openSqliteStore(path, { readonly: true });
    expect(await store.getDoc(SOCHI.id)).toEqual(SOCHI);
    await expect(store.saveBatch([GENEVA])).rejects.toThrow(/^E_STORE_READONLY/);
  });

  it('cannot migrate, so refuses an outdated database', () => {
    const path = tempPath();
    new Database(path).close();
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(/^E_STORE_OUTDATED: .*without readonly/);
  });

  it('needs an existing database', () => {
    expect(() => openSqliteStore(join(tmpdir(), 'newsgraph-no-such-dir', 'x.db'), { readonly: true })).toThrow();
  });
});
