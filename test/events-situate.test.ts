import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc, type Doc } from '../src/doc/index.js';
import { gdeltRow } from '../src/events/gdelt.js';
import { buildPipeline, DEFAULT_STAGES, runPipeline, STAGES } from '../src/nlp/index.js';

function analyse(text: string, published?: string): Doc {
  const pipeline = buildPipeline(DEFAULT_STAGES, STAGES);
  const doc = runPipeline(pipeline, createDoc(text, published ? { format: 'text', published } : { format: 'text' }), { errors: 'strict' });
  expect(validateDoc(doc)).toEqual([]);
  return doc;
}

const TEXT = 'Russian forces attacked Ukrainian troops in Kharkiv on Monday, officials said.\n\nThe talks resumed later.';

describe('events dated and placed by their sentence', () => {
  it('takes the time expression and the place named in the event sentence', () => {
    const doc = analyse(TEXT, '2017-05-03');
    const attack = doc.layers.events?.find((e) => e.root === '19');
    expect(attack?.clauseDate).toBe('2017-05-01');
    expect(attack?.place).toMatchObject({ name: 'Kharkiv', country: 'UKR', placeClass: 'city', basis: 'clause' });
    expect(doc.text.slice(attack!.place!.mention.start, attack!.place!.mention.end)).toBe('Kharkiv');
    expect(attack!.place!.lat).toBeCloseTo(50, 0);
    expect(attack!.place!.lon).toBeCloseTo(36.2, 0);
  });

  it('places a use of force with no place in its sentence in the country of its target, and a criticism of a Swedish target in the main place', () => {
    const doc = analyse('Talks were held in Geneva on Monday. Later, Norway bombed a Syrian airbase. Norway criticized the Swedish government.', '2017-05-03');
    const strike = doc.layers.events?.find((e) => e.quadClass === 4);
    expect(strike?.place).toMatchObject({ name: 'Syria', placeClass: 'country', basis: 'target' });
    expect(doc.text.slice(strike!.place!.mention.start, strike!.place!.mention.end)).toBe('Syrian');
    const criticism = doc.layers.events?.find((e) => e.root === '11');
    expect(criticism?.place?.basis).toBe('main');
  });

  it('leaves the clause date out when the article has no publication date to resolve "Monday" against', () => {
    const attack = analyse(TEXT).layers.events?.find((e) => e.root === '19');
    expect(attack).toBeDefined();
    expect(attack?.clauseDate).toBeUndefined();
  });

  it('writes the place into the GDELT ActionGeo columns', () => {
    const doc = analyse(TEXT, '2017-05-03');
    const attack = doc.layers.events!.find((e) => e.root === '19')!;
    const row = gdeltRow(1, {
      article: doc.id, title: null, published: '2017-05-03', url: null, ingestedAt: '2017-05-03T10:00:00Z', event: attack,
      sourceText: '', actionText: '', targetText: '', sentenceText: '', sourceName: null, targetName: null,
    }).split('\t');
    expect(row).toHaveLength(61);
    expect(row.slice(51, 59)).toEqual(['4', 'Kharkiv', 'UKR', '', '', attack.place!.lat.toFixed(4), attack.place!.lon.toFixed(4), attack.place!.gazId]);
  });
});
