import { afterEach, expect, it } from 'vitest';
import { createDoc, type Doc, type Place } from '../doc/index.js';
import { openSqliteStore, type Store } from './index.js';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

function located(text: string, places: Place[]): Doc {
  return { ...createDoc(text, { format: 'text', published: '2026-03-02' }), layers: { places } };
}

const paris: Omit<Place, 'start' | 'end' | 'use'> = { gazId: 'gn:2', name: 'Paris', placeClass: 'city', lat: 33.661, lon: -95.556, country: 'USA' };

it('round-trips the places layer and aggregates places across articles', async () => {
  store = openSqliteStore(':memory:');
  const first = located('PARIS, Texas - Paris said it would vote. Zorbalinsk was quiet.', [
    { start: 0, end: 5, use: 'literal', dateline: true, ...paris },
    { start: 7, end: 12, use: 'literal', gazId: 'iso:US-TX', name: 'Texas', placeClass: 'admin1', lat: 31.969, lon: -99.902, country: 'USA', link: 1 },
    { start: 15, end: 20, use: 'metonymic', ...paris },
    { start: 41, end: 51, use: 'literal' },
  ]);
  const second = located('Rain fell on Paris.', [{ start: 13, end: 18, use: 'literal', ...paris }]);
  await store.saveBatch([first, second]);
  expect((await store.getDoc(first.id))?.layers.places).toEqual(first.layers.places);
  expect(await store.places({ limit: 10, offset: 0 })).toEqual([
    { gazId: 'gn:2', name: 'Paris', placeClass: 'city', lat: 33.661, lon: -95.556, country: 'USA', mentions: 3, articles: 2 },
    { gazId: 'iso:US-TX', name: 'Texas', placeClass: 'admin1', lat: 31.969, lon: -99.902, country: 'USA', mentions: 1, articles: 1 },
  ]);
  expect((await store.places({ limit: 1, offset: 1 })).map((p) => p.gazId)).toEqual(['iso:US-TX']);
});
