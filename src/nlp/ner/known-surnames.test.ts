import { describe, expect, it } from 'vitest';
import type { Entity } from '../../doc/index.js';
import { createGazetteer as createPlaces } from '../../geo/gazetteer.js';
import type { GazetteerEntry as Place } from '../../geo/types.js';
import { createKb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { tokenize } from '../tokenize.js';
import { createGazetteer } from './gazetteer.js';
import { retypeCountryNames } from './country-names.js';
import { retypeKnownSurnames } from './known-surnames.js';
import { entityNameLists, kbSurnames } from './name-lists.js';

/** A one-token mention of the first `surface` in `text`. */
function mention(text: string, surface: string, type: Entity['type']): Entity {
  const tokens = tokenize(text);
  const start = text.indexOf(surface);
  const i = tokens.findIndex((t) => t.start === start);
  return { start, end: start + surface.length, type, tokenStart: i, tokenEnd: i + 1 };
}

const person = (name: string, aliases: string[]): KbEntry => ({ id: `person:${name}`, name, kind: 'person', aliases, codes: [] });
const kb = createKb({
  entries: [
    person('Odile Varnet', ['odile varnet', 'varnet']),
    person('Teodor Brask', ['teodor brask', 'brask']),
    { id: 'place:brask', name: 'Brask', kind: 'place', aliases: ['brask'], codes: [] },
    { id: 'country:XLD', name: 'Xland', kind: 'country', aliases: ['xland', 'xl'], country: 'XLD', codes: [] },
    person('Piet Holm', ['piet holm', 'holm', 'holmland']),
    person('Ivo Lund', ['ivo lund', 'lund']),
    person('Ada Merrow', ['ada merrow', 'merrow']),
  ],
  agents: {},
});
const town = (name: string, population: number): Place => ({
  id: `gn:${name}`, name, alternates: [], featureCode: 'PPL', placeClass: 'city', population, lat: 0, lon: 0, demonyms: [],
});
const places = createPlaces([town('Lund', 90_000), town('Merrow', 4_000)]);
const gazetteer = createGazetteer(new Map([['holm', { types: 1 << 2, country: 'NOR' }]]));
const lists = entityNameLists(gazetteer, () => kb, () => places);

describe('known surnames', () => {
  it('takes surnames from canonical person names only, never from a name a place shares', () => {
    expect([...kbSurnames(kb)].sort()).toEqual(['holm', 'lund', 'merrow', 'varnet']);
  });

  it('knows places from the tagger gazetteer, the knowledge base and notable cities only', () => {
    expect(['holm', 'brask', 'lund', 'merrow', 'varnet'].map((k) => lists.isPlace(k))).toEqual([true, true, true, false, false]);
  });

  it('makes a one-word LOC a person when the word is a surname and no place', () => {
    const text = 'The minister echoed remarks from Varnet, then flew from Lund to Merrow with Holm.';
    const tagged = ['Varnet', 'Lund', 'Merrow', 'Holm'].map((w) => mention(text, w, 'LOC'));
    const types = retypeKnownSurnames(text, tagged, lists).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
    expect(types).toEqual(['PER:Varnet', 'LOC:Lund', 'PER:Merrow', 'LOC:Holm']);
  });

  it('leaves other types, longer mentions and all-caps words alone', () => {
    const text = 'Varnet Street and Varnet Capital opened in VARNET.';
    const street: Entity = { start: 0, end: 13, type: 'LOC', tokenStart: 0, tokenEnd: 2 };
    const company: Entity = { start: 18, end: 24, type: 'ORG', tokenStart: 3, tokenEnd: 4 };
    const caps = mention(text, 'VARNET', 'LOC');
    expect(retypeKnownSurnames(text, [street, company, caps], lists)).toEqual([street, company, caps]);
  });

  it('makes a MISC country name a location and leaves a nationality MISC', () => {
    const text = 'The X.L. election and the Xlandic vote were close.';
    const tagged: Entity[] = [mention(text, 'X.L.', 'MISC'), { ...mention(text, 'Xlandic', 'MISC'), country: 'XLD' }];
    expect(retypeCountryNames(text, tagged, lists.isCountry).map((e) => `${e.type}:${text.slice(e.start, e.end)}`)).toEqual(['LOC:X.L.', 'MISC:Xlandic']);
  });
});
