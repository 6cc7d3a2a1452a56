import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../store/index.js';
import { GDELT_COLUMNS } from '../events/gdelt.js';
import { createApp } from './app.js';

const TOKEN = 'test-token-123';
const ARTICLES = [
  { title: 'Talks in Sochi', source: 'Test Wire', published: '2017-05-02', text: 'Russian President Vladimir Putin met German Chancellor Angela Merkel in Sochi on Tuesday.\n\n"We cannot think of any alternative," Putin said, "and we should not have to."\n\nMerkel says Berlin and Moscow must keep talking.' },
  { title: 'Harbour reopens', source: 'Coast Daily', published: '2017-06-10', text: 'The harbour of Valletta reopened on Saturday after a storm, the port authority said.\n\nFishermen returned to the quays by noon.' },
];

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const json = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as Record<string, any>, headers: res.headers };
};
const post = (path: string, body: unknown, token?: string) =>
  json(path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-'));
  store = openSqliteStore(join(dir, 'api.db'));
  app = createApp({ store, token: TOKEN });
  const ingested = await post('/api/ingest', { articles: ARTICLES }, TOKEN);
  expect(ingested.status).toBe(200);
  expect(ingested.body['added']).toHaveLength(2);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('writes', () => {
  it('refuses ingest without the token, with a wrong one, and on a server without one', async () => {
    expect((await post('/api/ingest', ARTICLES[0])).body.error.code).toBe('E_UNAUTHORIZED');
    expect((await post('/api/ingest', ARTICLES[0], 'wrong-token-xyz')).status).toBe(401);
    const readOnly = createApp({ store });
    const res = await readOnly.request('/api/ingest', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(403);
  });
  it('is idempotent: the same article again adds nothing', async () => {
    const again = await post('/api/ingest', ARTICLES[1], TOKEN);
    expect(again.body).toMatchObject({ added: [], present: [expect.any(String)] });
  });
  it('stores nothing of a request holding one bad article, and names it', async () => {
    const res = await post('/api/ingest', { articles: [{ text: 'A fine new article about rain.' }, { title: 'no text' }] }, TOKEN);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'E_NO_TEXT', message: expect.stringContaining('articles[1]') });
    expect((await json('/api/articles?q=rain')).body['items']).toEqual([]);
  });
  it('answers a repeated read from its cache until an article is saved', async () => {
    expect((await json('/api/articles?q=lighthouse')).body['items']).toEqual([]);
    await post('/api/ingest', { text: 'The old lighthouse at Dunmore was relit on Sunday.' }, TOKEN);
    expect((await json('/api/articles?q=lighthouse')).body['items']).toHaveLength(1);
  });
  it('refuses a body over the size limit with 413', async () => {
    const small = createApp({ store, token: TOKEN, maxBodyBytes: 1000 });
    const res = await small.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '5000' }, body: JSON.stringify({ text: 'x'.repeat(4900) }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error.code).toBe('E_TOO_LARGE');
  });
});

describe('reads', () => {
  it('searches with FTS and filters by source, date and entity, a page at a time', async () => {
    const hits = await json('/api/articles?q=Putin');
    expect(hits.body['items'].map((a: any) => a.title)).toEqual(['Talks in Sochi']);
    expect(hits.body['items'][0].snippet).toContain('[Putin]');
    expect((await json('/api/articles?source=Coast%20Daily')).body['items'].map((a: any) => a.title)).toEqual(['Harbour reopens']);
    expect((await json('/api/articles?from=2017-06-01&to=2017-06-10')).body['items'].map((a: any) => a.title)).toEqual(['Harbour reopens']);
    const page = await json('/api/articles?from=2017-01-01&limit=1');
    expect(page.body).toMatchObject({ limit: 1, offset: 0, next: 1 });
    expect((await json('/api/articles?from=2017-01-01&limit=1&offset=1')).body['next']).toBeNull();
    const putin = (await json('/api/entities?q=Putin')).body['items'][0];
    expect((await json(`/api/articles?entity=${putin.id}`)).body['items'].map((a: any) => a.title)).toEqual(['Talks in Sochi']);
  });
  it('answers bad parameters with 400 and a stable code', async () => {
    expect((await json('/api/articles?from=2017-02-30')).body.error.code).toBe('E_BAD_PARAM');
    expect((await json('/api/articles?limit=0')).body.error.code).toBe('E_BAD_PARAM');
    expect((await json('/api/articles?limit=500')).body.error.code).toBe('E_BAD_PARAM');
    expect((await json('/api/articles?sort=x')).body.error.code).toBe('E_UNKNOWN_PARAM');
    expect((await json('/api/entities/abc')).body.error.code).toBe('E_BAD_PARAM');
    expect((await json('/api/nope')).body.error.code).toBe('E_NO_ROUTE');
    const missing = await json('/api/entities/999999');
    expect([missing.status, missing.body.error.code]).toEqual([404, 'E_NOT_FOUND']);
  });
  it('returns one article with its layers and the corpus entity of each link', async () => {
    const [hit] = (await json('/api/articles?q=Sochi')).body['items'];
    const { body } = await json(`/api/articles/${hit.id.slice(0, 8)}`);
    expect(body['doc'].id).toBe(hit.id);
    expect(Object.keys(body['doc'].layers)).toEqual(expect.arrayContaining(['sentences', 'entities', 'links', 'quotes']));
    expect(body['linkEntities']).toHaveLength(body['doc'].layers.links.length);
  });
  it('reports an entity with aliases, code, timeline and co-mentions', async () => {
    const putin = (await json('/api/entities?q=Putin')).body['items'][0];
    const { body } = await json(`/api/entities/${putin.id}`);
    expect(body['entity']).toMatchObject({ name: 'Vladimir Putin', kind: 'person' });
    expect(body['aliases'].map((a: any) => a.text)).toContain('Putin');
    expect(body['timeline']).toEqual([{ day: '2017-05-02', articles: 1, mentions: expect.any(Number) }]);
    expect(body['coMentions'].map((c: any) => c.name)).toContain('Angela Merkel');
    const monthly = await json(`/api/entities/${putin.id}/timeline?unit=month`);
    expect(monthly.body['items'][0].day).toBe('2017-05-01');
  });
  it('lists quotes by speaker and by words', async () => {
    const byPutin = (await json('/api/quotes?speaker=putin')).body['items'];
    expect(byPutin[0]).toMatchObject({ speakerName: 'Vladimir Putin', kind: 'direct' });
    expect((await json('/api/quotes?q=berlin%20moscow')).body['items'][0].speakerName).toBe('Angela Merkel');
  });
  it('lists resolved places and countries at coordinates, and draws the world with them', async () => {
    const places = (await json('/api/places?limit=50')).body['items'];
    expect(places.find((p: any) => p.name === 'Sochi')).toMatchObject({ country: 'RUS', lat: expect.any(Number), lon: expect.any(Number), mentions: 2, articles: 1 });
    expect((await json('/api/articles?place=sochi')).body['items'].map((a: any) => a.title)).toEqual(['Talks in Sochi']);
    const countries = (await json('/api/countries?limit=50')).body['items'];
    expect(countries.find((c: any) => c.country === 'RUS')).toMatchObject({ name: 'Russia', numeric: '643', lat: expect.any(Number) });
    const map = (await json('/api/map')).body;
    expect(map['countries'].length).toBeGreaterThan(150);
    expect(map['countries'][0].d).toMatch(/^M[\d.,-]+L/);
    const sochi = map['places'].find((p: any) => p.name === 'Sochi');
    expect(sochi.x).toBeGreaterThan(map['width'] / 2);
    expect(sochi.y).toBeLessThan(map['height'] / 2);
    expect(map['countryCounts'].find((c: any) => c.country === 'RUS').x).toBeGreaterThan(map['width'] / 2);
  });
});

describe('events and relations', () => {
  it('lists coded events with filters, by linked entity, and as GDELT Event 2.0 rows', async () => {
    const all = (await json('/api/events?limit=50')).body['items'];
    expect(all.length).toBeGreaterThan(0);
    const first = all[0];
    expect(first).toMatchObject({ code: expect.stringMatching(/^\d{3,4}$/), source: expect.any(String), target: expect.any(String) });
    const bySource = (await json(`/api/events?source=${first.source.slice(0, 3)}`)).body['items'];
    expect(bySource.every((e: any) => e.source.startsWith(first.source.slice(0, 3)))).toBe(true);
    expect((await json(`/api/events?code=${first.code.slice(0, 2)}&quad=${first.quadClass}`)).body['items'].length).toBeGreaterThan(0);
    expect((await json('/api/events?source=U$A')).body.error.code).toBe('E_BAD_PARAM');
    const putin = (await json('/api/entities?q=Putin')).body['items'][0];
    const did = (await json(`/api/events?sourceEntity=${putin.id}`)).body['items'];
    expect(did.every((e: any) => e.sourceName === 'Vladimir Putin')).toBe(true);
    const placed = all.find((e: any) => e.place !== null);
    expect(placed).toMatchObject({ place: expect.any(String), lat: expect.any(Number), lon: expect.any(Number) });
    expect((await json(`/api/events?place=${encodeURIComponent(placed.place.toLowerCase())}`)).body['items'].length).toBeGreaterThan(0);
    const withCode = (await json(`/api/articles?event=${first.code}`)).body['items'];
    expect(withCode.map((a: any) => a.id)).toContain(first.article);
    expect((await json('/api/articles?event=1x')).body.error.code).toBe('E_BAD_PARAM');
    const tsv = await (await app.request('/api/events?format=gdelt')).text();
    const rows = tsv.trimEnd().split('\n');
    expect(rows).toHaveLength(Math.min(all.length, 20));
    expect(rows.every((r) => r.split('\t').length === GDELT_COLUMNS.length)).toBe(true);
  });
  it('charts a pair: events per QuadClass and mean Goldstein per period', async () => {
    const e = (await json('/api/events?plain=true&limit=1')).body['items'][0];
    const { body } = await json(`/api/relations?a=${e.source.slice(0, 3)}&b=${e.target.slice(0, 3)}&unit=month`);
    expect(body['items'][0]).toMatchObject({ period: expect.stringMatching(/^\d{4}-\d{2}-01$/), events: expect.any(Number) });
    expect(body['items'][0][`quad${e.quadClass}`]).toBeGreaterThan(0);
    expect((await json('/api/relations?a=USA')).body.error.code).toBe('E_MISSING_PARAM');
  });
});

describe('analyze, exports, OpenAPI, headers', () => {
  it('analyses text without storing it', async () => {
    const res = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Chancellor Olaf Scholz visited Warsaw on Monday.' });
    const doc = (await res.json()) as any;
    expect(doc.layers.entities.length).toBeGreaterThan(0);
    expect((await json('/api/articles?q=Warsaw')).body['items']).toEqual([]);
  });
  it('exports any list as CSV and JSONL', async () => {
    const csv = await app.request('/api/quotes?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('article,title,published,kind,quote,speaker,speakerName,cue,addressee,start,end');
    expect(lines.length).toBeGreaterThan(1);
    const jsonl = await (await app.request('/api/entities?format=jsonl&limit=3')).text();
    expect(jsonl.trimEnd().split('\n').map((l) => JSON.parse(l).name)).toHaveLength(3);
  });
  it('documents every route in an OpenAPI 3.1 document', async () => {
    const { body } = await json('/api/openapi.json');
    expect(body['openapi']).toBe('3.1.0');
    expect(Object.keys(body['paths'])).toEqual(expect.arrayContaining(['/api/articles', '/api/articles/{id}', '/api/entities/{id}', '/api/quotes', '/api/events', '/api/relations', '/api/places', '/api/countries', '/api/map', '/api/analyze', '/api/ingest']));
    expect(body['paths']['/api/ingest'].post.security).toEqual([{ token: [] }]);
  });
  it('sends a strict Content-Security-Policy and nosniff on pages and API answers', async () => {
    for (const path of ['/', '/api/stats', '/static/app.js']) {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
  it('serves only the files of the UI folder, whatever the path says', async () => {
    expect((await app.request('/static/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await app.request('/static/../../package.json')).status).not.toBe(200);
  });
  it('refuses a foreign Host when bound to loopback (DNS rebinding)', async () => {
    const local = createApp({ store, loopbackOnly: true });
    expect((await local.request('http://evil.example/api/stats')).status).toBe(403);
    expect((await local.request('http://127.0.0.1:8080/api/stats')).status).toBe(200);
  });
});
