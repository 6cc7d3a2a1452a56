import { afterEach, expect, it } from 'vitest';
import { createDoc, type Doc, type Event, type Link } from '../doc/index.js';
import { openSqliteStore, type Store } from './index.js';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

function at(text: string, s: string) {
  const start = text.indexOf(s);
  return { start, end: start + s.length };
}

/** Norland shelled a Vesterian port; Vesteria did not answer; one sentence each. */
function coded(): Doc {
  const text = 'Norland shelled the port of Vesteria. Vesteria did not respond to Norland.';
  const norland = { ...at(text, 'Norland'), kind: 'name' as const };
  const norland2 = { start: text.lastIndexOf('Norland'), end: text.lastIndexOf('Norland') + 7, kind: 'name' as const };
  const vesteria = { ...at(text, 'Vesteria'), kind: 'name' as const };
  const vesteria2 = { ...at(text, 'Vesteria did'), end: at(text, 'Vesteria did').start + 8, kind: 'name' as const };
  const links: Link[] = [
    { ...norland, id: 0, kind: 'country', mentions: [norland, norland2], code: 'NRL' },
    { ...vesteria, id: 1, kind: 'country', mentions: [vesteria, vesteria2], code: 'VSTGOV' },
  ];
  const sentences = [
    { ...at(text, 'Norland shelled the port of Vesteria.'), tokenStart: 0, tokenEnd: 7 },
    { ...at(text, 'Vesteria did not respond to Norland.'), tokenStart: 7, tokenEnd: 14 },
  ];
  const events: Event[] = [
    {
      ...at(text, 'shelled'), source: { ...norland, code: 'NRL', link: 0 }, target: { ...vesteria, code: 'VSTGOV', link: 1 },
      code: '194', base: '194', root: '19', quadClass: 4, goldstein: -10, plover: { type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] },
      verb: 'shell', sentence: 0, lead: true, date: '2026-03-02', negated: false, hypothetical: false, quoted: false,
    },
    {
      ...at(text, 'did not respond'), source: { start: vesteria2.start, end: vesteria2.end, code: 'VSTGOV', link: 1 }, target: { start: norland2.start, end: norland2.end, code: 'NRL', link: 0 },
      code: '020', base: '020', root: '02', quadClass: 1, goldstein: 3, verb: 'respond', sentence: 1, lead: false, date: '2026-03-02',
      negated: true, hypothetical: false, quoted: false,
    },
  ];
  return { ...createDoc(text, { format: 'text', published: '2026-03-02' }), layers: { sentences, links, events } };
}

it('round-trips the events layer and lists events by actor, code, date and flags', async () => {
  store = openSqliteStore(':memory:');
  const doc = coded();
  await store.saveBatch([doc]);
  expect((await store.getDoc(doc.id))?.layers.events).toEqual(doc.layers.events);
  const page = { limit: 10, offset: 0 };
  const bySource = await store.events({ source: 'nrl' }, page);
  expect(bySource.map((e) => [e.sourceText, e.actionText, e.targetText, e.event.code, e.sentenceText])).toEqual([
    ['Norland', 'shelled', 'Vesteria', '194', 'Norland shelled the port of Vesteria.'],
  ]);
  expect((await store.events({ target: 'VST', code: '19' }, page)).map((e) => e.event.code)).toEqual(['194']);
  expect((await store.events({ code: '19', from: '2026-03-03' }, page))).toEqual([]);
  expect((await store.events({ to: '2026-03-02' }, page)).length).toBe(2);
  expect((await store.events({ plain: true }, page)).map((e) => e.event.verb)).toEqual(['shell']);
  expect((await store.events({}, { limit: 1, offset: 1 })).length).toBe(1);
});
