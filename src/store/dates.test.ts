import { afterEach, expect, it } from 'vitest';
import { createDoc } from '../doc/index.js';
import { findDates } from '../nlp/dates/index.js';
import { openSqliteStore, type Store } from './index.js';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

it('round-trips the dates layer, unresolved values and mods included', async () => {
  store = openSqliteStore(':memory:');
  const dated = createDoc('The talks began on Monday, more than a year after early 2016.', { format: 'text', published: '2017-05-03' });
  const undated = createDoc('The talks began on Monday and ended last year.', { format: 'text' });
  const docs = [dated, undated].map((d) => ({ ...d, layers: { dates: findDates(d) } }));
  expect(docs[1]!.layers.dates.some((d) => d.value === undefined)).toBe(true);
  await store.saveBatch(docs);
  for (const doc of docs) expect((await store.getDoc(doc.id))?.layers.dates).toEqual(doc.layers.dates);
});
