import { afterEach, expect, it } from 'vitest';
import { createDoc, type Doc, type Link } from '../doc/index.js';
import { openSqliteStore, type Store } from './index.js';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** An article whose links are hand-written: `[surface, kind, kbId?]`, each at the next occurrence of its text. */
function linked(text: string, published: string, specs: readonly [string, Link['kind'], string?][]): Doc {
  let from = 0;
  const links: Link[] = specs.map(([surface, kind, kbId], id) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    const mention = { start, end: start + surface.length, kind: 'name' as const };
    return { ...mention, id, kind, mentions: [mention], ...(kbId ? { kbId, code: 'RUSGOV', codeBasis: 'dated' as const } : {}) };
  });
  return { ...createDoc(text, { format: 'text', published }), layers: { links } };
}

it('round-trips the links layer and makes one corpus entity of one name in two articles', async () => {
  store = openSqliteStore(':memory:');
  const first = linked('Henry Hale met Putin in Moscow.', '2017-05-01', [['Henry Hale', 'person'], ['Putin', 'person', 'person:vladimir-putin']]);
  const second = linked('Putin spoke. Henry Hale disagreed.', '2017-05-03', [['Putin', 'person', 'person:vladimir-putin'], ['Henry Hale', 'person']]);
  // "Hale, who…" tagged ORG: the cue that made it a person round-trips with the link.
  const hale = first.layers.links![0]!;
  const withEvidence = { ...first, layers: { links: [{ ...hale, kindEvidence: { start: 0, end: 5, cue: 'who' as const } }, ...first.layers.links!.slice(1)] } };
  await store.saveBatch([withEvidence, second]);
  expect((await store.getDoc(first.id))?.layers.links).toEqual(withEvidence.layers.links);
  expect((await store.getDoc(second.id))?.layers.links).toEqual(second.layers.links);
  const found = await store.findEntities('henry hale', 5);
  expect(found.map((e) => [e.name, e.kind, e.kbId, e.mentions, e.articles, e.firstSeen, e.lastSeen])).toEqual([
    ['Henry Hale', 'person', null, 2, 2, '2017-05-01', '2017-05-03'],
  ]);
  const report = await store.entityReport(found[0]!.id);
  expect(report?.aliases).toEqual([{ text: 'Henry Hale', count: 2 }]);
  expect(report?.coMentions.map((c) => [c.kbId, c.together])).toEqual([['person:vladimir-putin', 2]]);
  expect((await store.topEntities({ limit: 5, offset: 0 })).map((e) => e.name).sort()).toEqual(['Henry Hale', 'Putin']);
  expect((await store.findEntities('person:vladimir-putin', 5)).map((e) => e.code)).toEqual(['RUSGOV']);
});

it('keeps an unnamed description an entity of its own article, but joins groups with a country across articles', async () => {
  store = openSqliteStore(':memory:');
  /** An article with one link of one `kind` mention, optionally of a country. */
  const described = (text: string, surface: string, kind: 'group' | 'description', country?: string): Doc => {
    const start = text.indexOf(surface);
    const mention = { start, end: start + surface.length, kind };
    const link: Link = { ...mention, id: 0, kind: 'group', mentions: [mention], ...(country ? { country, code: `${country}MIL` } : {}) };
    return { ...createDoc(text, { format: 'text', published: '2020-01-01' }), layers: { links: [link] } };
  };
  await store.saveBatch([
    described('The company said profits rose.', 'company', 'group'),
    described('Shares fell after the company warned.', 'company', 'group'),
    described('Russian military personnel were stationed there.', 'Russian military personnel', 'group', 'RUS'),
    described('Russian military personnel left the base.', 'Russian military personnel', 'group', 'RUS'),
  ]);
  const top = await store.topEntities({ limit: 10, offset: 0 });
  expect(top.map((e) => [e.name, e.articles]).sort()).toEqual([['Russian military personnel', 2], ['company', 1], ['company', 1]]);
});
