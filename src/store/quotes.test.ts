import { afterEach, expect, it } from 'vitest';
import { createDoc, type Doc, type Link, type Quote } from '../doc/index.js';
import { openSqliteStore, type Store } from './index.js';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** Span of the first occurrence of `s` in `text`. */
function at(text: string, s: string) {
  const start = text.indexOf(s);
  return { start, end: start + s.length };
}

/** "Bob Ray" and "he" are one person; he is quoted once directly, broken in two, and once indirectly. */
function quoted(): Doc {
  const text = 'Bob Ray arrived. "We agree," he told the minister, "on most things." Ray said the port stays open.';
  const name = { ...at(text, 'Bob Ray'), kind: 'name' as const };
  const he = { start: at(text, 'he told').start, end: at(text, 'he told').start + 2, kind: 'pronoun' as const };
  const ray = { start: at(text, 'Ray said').start, end: at(text, 'Ray said').start + 3, kind: 'name' as const };
  const links: Link[] = [{ ...name, id: 0, kind: 'person', mentions: [name, he, ray] }];
  const quotes: Quote[] = [
    {
      ...at(text, '"We agree," he told the minister, "on most things."'),
      kind: 'direct',
      content: [at(text, '"We agree,"'), at(text, '"on most things."')],
      cue: at(text, 'told'),
      speaker: { start: he.start, end: he.end },
      speakerLink: 0,
      addressee: at(text, 'the minister'),
    },
    { ...at(text, 'the port stays open'), kind: 'indirect', content: [at(text, 'the port stays open')], cue: at(text, 'said'), speaker: { start: ray.start, end: ray.end }, speakerLink: 0 },
  ];
  return { ...createDoc(text, { format: 'text', published: '2026-03-02' }), layers: { links, quotes } };
}

it('round-trips the quotes layer and lists quotes by speaker name and words', async () => {
  store = openSqliteStore(':memory:');
  const doc = quoted();
  await store.saveBatch([doc]);
  expect((await store.getDoc(doc.id))?.layers.quotes).toEqual(doc.layers.quotes);
  const byName = await store.quotes({ speaker: 'bob' }, { limit: 10, offset: 0 });
  expect(byName.map((q) => [q.speaker, q.speakerName, q.quote, q.cue, q.addressee, q.published])).toEqual([
    ['he', 'Bob Ray', '"We agree," … "on most things."', 'told', 'the minister', '2026-03-02'],
    ['Ray', 'Bob Ray', 'the port stays open', 'said', null, '2026-03-02'],
  ]);
  expect((await store.quotes({ words: ['PORT', 'open'] }, { limit: 10, offset: 0 })).map((q) => q.quote)).toEqual(['the port stays open']);
  expect(await store.quotes({ speaker: 'nobody' }, { limit: 10, offset: 0 })).toEqual([]);
});

it('finds speakers by the starts of their words, names or own words, and nothing for punctuation', async () => {
  store = openSqliteStore(':memory:');
  await store.saveBatch([quoted()]);
  const speakers = async (speaker: string) => (await store!.quotes({ speaker }, { limit: 10, offset: 0 })).map((q) => q.speaker);
  expect(await speakers('RA')).toEqual(['he', 'Ray']);
  expect(await speakers('bob ray')).toEqual(['he', 'Ray']);
  expect(await speakers('he')).toEqual(['he']);
  expect(await speakers('ay')).toEqual([]);
  expect(await speakers('"*')).toEqual([]);
  expect((await store.quotes({ speaker: 'ray', words: ['port'] }, { limit: 10, offset: 0 })).map((q) => q.quote)).toEqual(['the port stays open']);
});
