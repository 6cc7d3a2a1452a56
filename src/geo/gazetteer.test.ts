import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { buildGazetteer } from '../train/places-build.js';
import { distanceKm } from './distance.js';
import { formatEntry, parseEntry } from './format.js';
import { createGazetteer, loadGazetteer, placeKey, textKey } from './gazetteer.js';
import { classOfFeature } from './types.js';

const cities = [
  { cityId: 2, name: 'Genève', altName: '', country: 'CH', featureCode: 'PPLA', adminCode: 'GE', population: 183_981, loc: { coordinates: [6.146, 46.202] as const } },
  { cityId: 1, name: 'Washington, D.C.', altName: '', country: 'US', featureCode: 'PPLC', adminCode: 'DC', population: 601_723, loc: { coordinates: [-77.036, 38.895] as const } },
];
const countries = [
  { name: { common: 'Switzerland', official: 'Swiss Confederation' }, cca2: 'CH', cca3: 'CHE', altSpellings: ['CH', 'Schweiz'], latlng: [47, 8], demonyms: { eng: { f: 'Swiss', m: 'Swiss' } } },
  { name: { common: 'United States', official: 'United States of America' }, cca2: 'US', cca3: 'USA', altSpellings: ['US', 'USA'], latlng: [38, -97] },
];
const states = [{ name: 'Geneva', isoCode: 'GE', countryCode: 'CH', latitude: '46.218', longitude: '6.122' }];
const csc = [{ name: 'Geneva', countryCode: 'CH', latitude: '46.20222', longitude: '6.14569' }];

it('compiles cities, countries, divisions and regions with alternates, sorted by id', () => {
  const { entries } = buildGazetteer(cities, countries, states, csc);
  expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort());
  const geneva = entries.find((e) => e.id === 'gn:2');
  expect(geneva).toMatchObject({ name: 'Genève', alternates: ['Geneva'], country: 'CHE', admin1: 'GE', placeClass: 'city' });
  expect(entries.find((e) => e.id === 'gn:1')?.alternates).toEqual(['Washington']);
  expect(entries.find((e) => e.id === 'iso:CHE')).toMatchObject({ placeClass: 'country', demonyms: ['Swiss'], population: 183_981 });
  expect(entries.find((e) => e.id === 'iso:CH-GE')).toMatchObject({ placeClass: 'admin1', name: 'Geneva' });
  expect(entries.find((e) => e.id === 'ng:black-sea')).toMatchObject({ placeClass: 'water' });
});

it('gives no package\'s one-word common word as another name, and US and Canadian divisions their abbreviations', () => {
  const neighbourhood = [...csc, { name: 'City', countryCode: 'CH', latitude: '46.21', longitude: '6.15' }];
  const island = [...countries, { name: { common: 'Iceland', official: 'Iceland' }, cca2: 'IS', cca3: 'ISL', altSpellings: ['IS', 'Island'], latlng: [65, -18] }];
  const divisions = [...states, { name: 'Ontario', isoCode: 'ON', countryCode: 'CA', latitude: '51.25', longitude: '-85.32' }];
  const { entries } = buildGazetteer(cities, [...island, { name: { common: 'Canada', official: 'Canada' }, cca2: 'CA', cca3: 'CAN', altSpellings: [], latlng: [60, -95] }], divisions, neighbourhood, [], new Map(), { common: new Set(['city', 'island']) });
  expect(entries.find((e) => e.id === 'gn:2')?.alternates).toEqual(['Geneva']);
  expect(entries.find((e) => e.id === 'iso:ISL')?.alternates).toEqual([]);
  expect(entries.find((e) => e.id === 'iso:CA-ON')?.alternates).toEqual(['Ont.']);
});

it('writes and reads entries through the file format, skipping unreadable lines', () => {
  const { entries } = buildGazetteer(cities, countries, states, csc);
  const dir = mkdtempSync(join(tmpdir(), 'places-'));
  const path = join(dir, 'places.tsv.gz');
  writeFileSync(path, gzipSync(`${entries.map(formatEntry).join('\n')}\nbroken line\n`));
  const gaz = loadGazetteer(path);
  expect(gaz.entries).toHaveLength(entries.length);
  expect(gaz.byName.get('geneva')?.map((i) => gaz.entries[i]!.id).sort()).toEqual(['gn:2', 'iso:CH-GE']);
  expect(gaz.entries[gaz.byDemonym.get('swiss')!]?.id).toBe('iso:CHE');
  expect(parseEntry('gn:9\tPPL\tFRA\t\tnot-a-number\t1\t2\tX\t\t')).toBeUndefined();
  expect(() => loadGazetteer(join(dir, 'missing.tsv.gz'))).toThrow(/E_PLACES_MISSING/);
});

it('names a division without its kind where no other entry has that name, unless only compass and common words are left', () => {
  const idlib = { cityId: 3, name: 'Idlib', altName: '', country: 'CH', featureCode: 'PPLA', adminCode: 'ID', population: 128_840, loc: { coordinates: [36.63, 35.93] as const } };
  const kinds = [
    ...states,
    { name: 'Republic of Dagestan', isoCode: 'DA', countryCode: 'CH', latitude: '42.1', longitude: '47.1' },
    { name: 'Idlib Governorate', isoCode: 'ID', countryCode: 'CH', latitude: '35.8', longitude: '36.6' },
    { name: 'Western Region', isoCode: 'WE', countryCode: 'CH', latitude: '5.5', longitude: '-2.5' },
    { name: 'West Coast Region', isoCode: 'WC', countryCode: 'CH', latitude: '-42.5', longitude: '171.2' },
  ];
  const { entries } = buildGazetteer([...cities, idlib], countries, kinds, csc, [], new Map(), { common: new Set(['coast']) });
  const alternates = (id: string) => entries.find((e) => e.id === id)?.alternates;
  expect(alternates('iso:CH-DA')).toEqual(['Dagestan']);
  expect(alternates('iso:CH-ID')).toEqual([]);
  expect(alternates('iso:CH-WE')).toEqual([]);
  expect(alternates('iso:CH-WC')).toEqual([]);
});

it('keys names without case, accents, dots or a leading "the"', () => {
  expect(placeKey('the Black Sea')).toBe('black sea');
  expect(placeKey('U.S.')).toBe('us');
  expect(placeKey('Zürich')).toBe('zurich');
  expect(placeKey('St. Petersburg')).toBe(placeKey('Saint Petersburg'));
  expect(placeKey('Mt. Vernon')).toBe('mount vernon');
  expect(placeKey('Port St. Lucie')).toBe('port saint lucie');
  expect(placeKey('Victoria St.')).toBe('victoria st');
});

it('indexes an abbreviation with its period, initials and a one-word abbreviation no other name has also without', () => {
  const entry = (id: string, name: string, alternates: string[] = []) =>
    ({ id, name, alternates, featureCode: 'ADM1', placeClass: 'admin1' as const, population: 1, lat: 0, lon: 0, demonyms: [] });
  const gaz = createGazetteer([
    entry('iso:US-AL', 'Alabama', ['Ala.']), entry('gn:1', 'Ala'), entry('iso:US-CA', 'California', ['Calif.']), entry('iso:US-NJ', 'New Jersey', ['N.J.']),
  ]);
  const ids = (key: string): string[] => (gaz.byName.get(key) ?? []).map((i) => gaz.entries[i]!.id);
  expect(ids('ala.')).toEqual(['iso:US-AL']);
  expect(ids('ala')).toEqual(['gn:1']);
  expect(ids('calif')).toEqual(['iso:US-CA']);
  expect(ids('nj')).toEqual(['iso:US-NJ']);
  expect(textKey(gaz, 'Ala', true)).toBe('ala.');
  expect(textKey(gaz, 'Ala.', false)).toBe('ala.');
  expect(textKey(gaz, 'Ala', false)).toBe('ala');
  expect(textKey(gaz, 'Paris', true)).toBe('paris');
  expect(textKey(createGazetteer([entry('iso:US-FL', 'Florida', ['Fla.'])]), 'Flå', true)).toBe('fla');
});

it('measures great-circle distances in km', () => {
  expect(distanceKm(48.853, 2.349, 48.853, 2.349)).toBe(0);
  expect(Math.round(distanceKm(48.853, 2.349, 51.507, -0.128))).toBe(344);
});

it('places an airport in the class of towns, which ranks it by its population of none', () => {
  expect(classOfFeature('AIRP')).toBe('city');
  expect(classOfFeature('SEA')).toBe('water');
});
