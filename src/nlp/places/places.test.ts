import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Entity, type EntityType, type Place } from '../../doc/index.js';
import { createGazetteer } from '../../geo/gazetteer.js';
import type { GazetteerEntry } from '../../geo/types.js';
import { classOfFeature } from '../../geo/types.js';
import { splitParagraphs } from '../paragraphs.js';
import { tokenize } from '../tokenize.js';
import { actionPlace, mainPlace } from './action-geo.js';
import { findPlaces, placeDiagnostics } from './places.js';

/** A hand-written gazetteer entry: id, feature code, country, division, population, lat, lon, name. */
function entry(id: string, featureCode: string, country: string | undefined, admin1: string | undefined, population: number, lat: number, lon: number, name: string, extra: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return {
    id, name, featureCode, placeClass: classOfFeature(featureCode), population, lat, lon, alternates: [], demonyms: [],
    ...(country ? { country } : {}), ...(admin1 ? { admin1 } : {}), ...extra,
  };
}

const gaz = createGazetteer([
  entry('gn:1', 'PPLC', 'FRA', '11', 2_138_551, 48.853, 2.349, 'Paris'),
  entry('gn:2', 'PPLA2', 'USA', 'TX', 24_782, 33.661, -95.556, 'Paris'),
  entry('gn:3', 'PPLA', 'USA', 'GA', 463_878, 33.749, -84.388, 'Atlanta'),
  entry('gn:4', 'PPLC', 'GEO', '04', 1_049_498, 41.694, 44.834, 'Tbilisi'),
  entry('gn:5', 'PPLC', 'USA', 'DC', 601_723, 38.895, -77.036, 'Washington, D.C.', { alternates: ['Washington'] }),
  entry('gn:6', 'PPLC', 'AUT', '09', 1_691_468, 48.208, 16.372, 'Vienna'),
  entry('gn:7', 'PPLC', 'SYR', '13', 1_569_394, 33.51, 36.291, 'Damascus'),
  entry('iso:FRA', 'PCLI', 'FRA', undefined, 60_000_000, 46, 2, 'France'),
  entry('iso:USA', 'PCLI', 'USA', undefined, 300_000_000, 38, -97, 'United States', { alternates: ['US'] }),
  entry('iso:GEO', 'PCLI', 'GEO', undefined, 2_382_172, 42, 43.5, 'Georgia', { demonyms: ['Georgian'] }),
  entry('iso:SYR', 'PCLI', 'SYR', undefined, 15_000_000, 35, 38, 'Syria', { demonyms: ['Syrian'] }),
  entry('iso:RUS', 'PCLI', 'RUS', undefined, 100_000_000, 60, 100, 'Russia', { demonyms: ['Russian'] }),
  entry('iso:US-TX', 'ADM1', 'USA', 'TX', 20_000_000, 31.969, -99.902, 'Texas'),
  entry('iso:US-GA', 'ADM1', 'USA', 'GA', 4_636_667, 32.166, -82.9, 'Georgia'),
  entry('gn:8', 'PPLA2', 'USA', 'FL', 133_857, 29.652, -82.325, 'Gainesville'),
  entry('gn:9', 'PPL', 'USA', 'SC', 28_106, 34.503, -82.65, 'Anderson'),
  entry('iso:PSE', 'PCLI', 'PSE', undefined, 4_000_000, 31.9, 35.2, 'Palestine'),
  entry('gn:10', 'PPLA2', 'USA', 'TX', 18_712, 31.762, -95.631, 'Palestine'),
  entry('fips:48001', 'ADM2', 'USA', 'TX', 25_000, 31.813, -95.653, 'Anderson County'),
  entry('iso:GGY', 'PCLI', 'GGY', undefined, 16_488, 49.467, -2.583, 'Guernsey'),
  entry('fips:39059', 'ADM2', 'USA', 'OH', 11_000, 40.052, -81.494, 'Guernsey County'),
  entry('iso:US-OH', 'ADM1', 'USA', 'OH', 11_000_000, 40.29, -82.79, 'Ohio'),
  entry('gn:11', 'PPLC', 'IRL', 'L', 1_024_027, 53.333, -6.249, 'Dublin'),
  entry('gn:12', 'PPL', 'USA', 'OH', 41_751, 40.099, -83.114, 'Dublin'),
  entry('fips:13219', 'ADM2', 'USA', 'GA', 30_000, 33.84, -83.44, 'Oconee County'),
  entry('fips:12001', 'ADM2', 'USA', 'FL', 200_000, 29.67, -82.36, 'Alachua County'),
  entry('gn:13', 'PPLA', 'RUS', '66', 5_028_000, 59.939, 30.314, 'Saint Petersburg'),
  entry('gn:14', 'PPLA', 'CAN', '10', 528_595, 46.813, -71.208, 'Québec', { alternates: ['Quebec'] }),
  entry('iso:CA-QC', 'ADM1', 'CAN', '10', 8_000_000, 52.9, -73.5, 'Quebec'),
  entry('gn:15', 'PPL', 'USA', 'TN', 10_150, 36.302, -88.327, 'Paris'),
  entry('fips:47079', 'ADM2', 'USA', 'TN', 30_000, 36.33, -88.3, 'Henry County'),
  entry('fips:13151', 'ADM2', 'USA', 'GA', 200_000, 33.45, -84.15, 'Henry County'),
  entry('gn:16', 'PPLA', 'CAN', '08', 2_600_000, 43.7, -79.416, 'Toronto'),
  entry('gn:17', 'PPL', 'USA', 'OH', 4_882, 40.464, -80.601, 'Toronto'),
  entry('gn:18', 'PPL', 'USA', 'CA', 171_214, 34.063, -117.651, 'Ontario'),
  entry('iso:CA-ON', 'ADM1', 'CAN', 'ON', 0, 51.25, -85.32, 'Ontario'),
  entry('gn:19', 'PPL', 'USA', 'NJ', 6_498, 40.758, -74.979, 'Washington'),
  entry('iso:US-NJ', 'ADM1', 'USA', 'NJ', 8_000_000, 40.1, -74.5, 'New Jersey'),
  entry('iso:US-NY', 'ADM1', 'USA', 'NY', 19_000_000, 42.94, -75.51, 'New York'),
  entry('gn:20', 'PPL', 'CAN', '08', 1_000, 49.21, -84.77, 'Hornepayne'),
  entry('gn:21', 'PPL', 'USA', 'OH', 5_000, 40.5, -82.5, 'Hornepayne'),
  entry('iso:US-TN', 'ADM1', 'USA', 'TN', 6_000_000, 35.86, -86.35, 'Tennessee'),
  entry('gn:22', 'PPLA', 'USA', 'TN', 530_000, 36.166, -86.784, 'Nashville'),
  entry('gn:23', 'PPLA2', 'USA', 'GA', 136_286, 32.083, -81.1, 'Savannah'),
  entry('iso:US-FL', 'ADM1', 'USA', 'FL', 15_743_044, 28.63, -82.45, 'Florida', { alternates: ['Fla.'] }),
  entry('gn:24', 'PPL', 'NOR', '30', 1_000, 60.43, 9.47, 'Flå'),
  entry('iso:US-SC', 'ADM1', 'USA', 'SC', 4_000_000, 33.9, -80.9, 'South Carolina', { alternates: ['S.C.'] }),
  entry('iso:US-WV', 'ADM1', 'USA', 'WV', 723_140, 38.64, -80.62, 'West Virginia', { alternates: ['W.Va.', 'W. Va.'] }),
]);

/** A Doc with paragraphs, tokens and the given entities (text, type, optional demonym country), no links. */
function doc(text: string, entities: readonly (readonly [string, EntityType, string?])[]): Doc {
  const tokens = tokenize(text);
  let from = 0;
  const spans: Entity[] = entities.map(([words, type, country]) => {
    const start = text.indexOf(words, from);
    from = start + words.length;
    const tokenStart = tokens.findIndex((t) => t.start === start);
    const tokenEnd = tokens.findIndex((t) => t.end === start + words.length) + 1;
    return { start, end: start + words.length, type, tokenStart, tokenEnd, ...(country ? { country } : {}) };
  });
  return { ...createDoc(text, { format: 'text' }), layers: { paragraphs: splitParagraphs(text), tokens, entities: spans } };
}

const at = (d: Doc, places: readonly Place[], words: string, nth = 0): Place | undefined =>
  places.filter((p) => d.text.slice(p.start, p.end) === words)[nth];

describe('findPlaces', () => {
  it('takes "Paris, Texas" for the Texas town, and a later bare "Paris" too', () => {
    const d = doc('The fair in Paris, Texas, drew crowds. Paris has a replica of the Eiffel Tower.', [['Paris', 'LOC'], ['Texas', 'LOC'], ['Paris', 'LOC']]);
    const places = findPlaces(d, gaz);
    expect(at(d, places, 'Paris')).toMatchObject({ gazId: 'gn:2', country: 'USA', placeClass: 'city', use: 'literal' });
    expect(at(d, places, 'Texas')).toMatchObject({ gazId: 'iso:US-TX', placeClass: 'admin1' });
    expect(at(d, places, 'Paris', 1)?.gazId).toBe('gn:2');
  });

  it('takes a bare "Paris" for the capital of France', () => {
    const d = doc('Ministers met in Paris on Tuesday.', [['Paris', 'LOC']]);
    expect(findPlaces(d, gaz)[0]).toMatchObject({ gazId: 'gn:1', country: 'FRA', lat: 48.853, lon: 2.349 });
  });

  it('reads "Georgia" as the US state among American places and as the country beside Tbilisi', () => {
    const us = doc('Officials in Atlanta said Georgia would widen its ports.', [['Atlanta', 'LOC'], ['Georgia', 'LOC']]);
    expect(at(us, findPlaces(us, gaz), 'Georgia')?.gazId).toBe('iso:US-GA');
    const caucasus = doc('Protests in Tbilisi grew as Georgia held its vote.', [['Tbilisi', 'LOC'], ['Georgia', 'LOC']]);
    expect(at(caucasus, findPlaces(caucasus, gaz), 'Georgia')?.gazId).toBe('iso:GEO');
    const alone = doc('Georgia held its vote.', [['Georgia', 'LOC']]);
    expect(findPlaces(alone, gaz)[0]?.gazId).toBe('iso:GEO');
  });

  it('marks a place name that acts as metonymic, and one after "in" as literal', () => {
    const d = doc('Washington said it would respond. Talks in Washington and Vienna resumed.', [['Washington', 'LOC'], ['Washington', 'LOC'], ['Vienna', 'LOC']]);
    const places = findPlaces(d, gaz);
    expect(places.map((p) => [d.text.slice(p.start, p.end), p.use, p.gazId])).toEqual([
      ['Washington', 'metonymic', 'gn:5'],
      ['Washington', 'literal', 'gn:5'],
      ['Vienna', 'literal', 'gn:6'],
    ]);
  });

  it('marks both sides of "between Washington and Damascus" after a relation noun as metonymic', () => {
    const d = doc('Ties between Washington and Damascus stayed cold.', [['Washington', 'LOC'], ['Damascus', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => p.use)).toEqual(['metonymic', 'metonymic']);
  });

  it('takes a dateline capital as a literal place, whatever verb follows the agency', () => {
    const d = doc('VIENNA (Newsgraph Wire) - Austria said talks would go on.', []);
    expect(findPlaces(d, gaz)[0]).toMatchObject({ start: 0, end: 6, dateline: true, use: 'literal', gazId: 'gn:6' });
  });

  it('points a nationality adjective to its country', () => {
    const d = doc('Missiles struck a Syrian airbase.', [['Syrian', 'MISC']]);
    expect(findPlaces(d, gaz)[0]).toMatchObject({ use: 'demonym', gazId: 'iso:SYR', country: 'SYR' });
  });

  it('finds the place an organization name opens with when the article names it as a place, and counties the tagger typed PER', () => {
    const d = doc('The Gainesville Police Department said crime fell in Gainesville. The City Council met. Anderson County voted.', [
      ['Gainesville Police Department', 'ORG'], ['Gainesville', 'LOC'], ['City Council', 'ORG'], ['Anderson County', 'PER'],
    ]);
    expect(findPlaces(d, gaz).map((p) => [d.text.slice(p.start, p.end), p.gazId])).toEqual([
      ['Gainesville', 'gn:8'], ['Gainesville', 'gn:8'], ['Anderson County', 'fips:48001'],
    ]);
  });

  it('takes a town the tagger typed ORG as a place only when it lies near the article\'s other places', () => {
    const local = doc('Gainesville Regional Utilities raised rates. Alachua County will vote.', [['Gainesville Regional Utilities', 'ORG'], ['Alachua County', 'LOC']]);
    expect(findPlaces(local, gaz).map((p) => [local.text.slice(p.start, p.end), p.gazId])).toEqual([['Gainesville', 'gn:8'], ['Alachua County', 'fips:12001']]);
    const far = doc('Gainesville Regional Utilities raised rates in Atlanta.', [['Gainesville Regional Utilities', 'ORG'], ['Atlanta', 'LOC']]);
    expect(findPlaces(far, gaz).map((p) => far.text.slice(p.start, p.end))).toEqual(['Atlanta']);
  });

  it('takes a town the tagger typed PER near the article\'s other places, unless it is the surname of a person named in full', () => {
    const d = doc('Crews from Gainesville reached Alachua County.', [['Gainesville', 'PER'], ['Alachua County', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => [d.text.slice(p.start, p.end), p.gazId])).toEqual([['Gainesville', 'gn:8'], ['Alachua County', 'fips:12001']]);
    const person = doc('Ann Gainesville spoke in Alachua County. Gainesville said no.', [['Ann Gainesville', 'PER'], ['Alachua County', 'LOC'], ['Gainesville', 'PER']]);
    expect(findPlaces(person, gaz).map((p) => person.text.slice(p.start, p.end))).toEqual(['Alachua County']);
    const far = doc('Gainesville met voters in Atlanta.', [['Gainesville', 'PER'], ['Atlanta', 'LOC']]);
    expect(findPlaces(far, gaz).map((p) => far.text.slice(p.start, p.end))).toEqual(['Atlanta']);
  });

  it('points an organization name that opens with a nationality to its country', () => {
    const d = doc('The Syrian Observatory for Human Rights counted the dead.', [['Syrian Observatory for Human Rights', 'ORG']]);
    expect(findPlaces(d, gaz)).toEqual([expect.objectContaining({ start: 4, end: 10, use: 'demonym', gazId: 'iso:SYR' })]);
  });

  it('takes a county an organization name opens with', () => {
    const d = doc("The Guernsey County Sheriff's Office said the road reopened.", [['Guernsey County Sheriff', 'ORG']]);
    expect(findPlaces(d, gaz)[0]).toMatchObject({ gazId: 'fips:39059', country: 'USA', placeClass: 'admin2' });
  });

  it('takes a town near a county the article names for the local one, over a country of its name', () => {
    const d = doc('A Palestine man was arrested at an Anderson County home.', [['Palestine', 'LOC'], ['Anderson County', 'LOC']]);
    expect(at(d, findPlaces(d, gaz), 'Palestine')?.gazId).toBe('gn:10');
    const alone = doc('Leaders in Palestine met.', [['Palestine', 'LOC']]);
    expect(findPlaces(alone, gaz)[0]?.gazId).toBe('iso:PSE');
  });

  it('reads "State of Ohio" as the state, which makes "Dublin" the Ohio town', () => {
    const d = doc('Dublin schools won a grant from the State of Ohio. Dublin will use it.', [['Dublin', 'LOC'], ['State of Ohio', 'LOC'], ['Dublin', 'LOC']]);
    const places = findPlaces(d, gaz);
    expect(at(d, places, 'State of Ohio')?.gazId).toBe('iso:US-OH');
    expect(at(d, places, 'Dublin', 1)?.gazId).toBe('gn:12');
  });

  it('resolves "Northeast Georgia" and "Georgia" as one place, the state the article\'s county lies in', () => {
    const d = doc('Schools in Northeast Georgia cut jobs. Oconee County kept its teachers. Georgia may help.', [
      ['Northeast Georgia', 'LOC'], ['Oconee County', 'LOC'], ['Georgia', 'LOC'],
    ]);
    const places = findPlaces(d, gaz);
    expect(at(d, places, 'Northeast Georgia')?.gazId).toBe('iso:US-GA');
    expect(at(d, places, 'Georgia')?.gazId).toBe('iso:US-GA');
  });

  it('takes a part named by a compass word for the whole place', () => {
    const d = doc('Storms hit East Texas overnight.', [['East Texas', 'LOC']]);
    expect(findPlaces(d, gaz)[0]).toMatchObject({ start: 11, end: 21, gazId: 'iso:US-TX' });
  });

  it('takes a town and a county that lie together for each other, though the second pass chose otherwise', () => {
    const d = doc('Paris and Henry County are rich in history.', [['Paris', 'LOC'], ['Henry County', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => p.gazId)).toEqual(['gn:15', 'fips:47079']);
  });

  it('takes the large place a location name the gazetteer lacks closes with, unless a word before makes a longer name', () => {
    const d = doc('Fans of Baseball Vienna met members of United Georgia.', [['Baseball Vienna', 'LOC'], ['United Georgia', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => [d.text.slice(p.start, p.end), p.gazId])).toEqual([['Vienna', 'gn:6'], ['United Georgia', undefined]]);
  });

  it('lets a name vote for each of its senses in proportion, so a close call does not decide its neighbours', () => {
    // Alone, "Ontario" is the Californian city by a hair; a vote all for the US made Toronto the Ohio village.
    const d = doc("Ontario's minister spoke from her office in Toronto.", [['Ontario', 'LOC'], ['Toronto', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => p.gazId)).toEqual(['iso:CA-ON', 'gn:16']);
  });

  it('takes a qualifier by its division code where the codes match, by distance where they do not', () => {
    const us = doc('After stops in Washington, New York drew the prince.', [['Washington', 'LOC'], ['New York', 'LOC']]);
    expect(findPlaces(us, gaz)[0]?.gazId).toBe('gn:5');
    const canada = doc('She works in Hornepayne, Ontario.', [['Hornepayne', 'LOC'], ['Ontario', 'LOC']]);
    expect(findPlaces(canada, gaz).map((p) => p.gazId)).toEqual(['gn:20', 'iso:CA-ON']);
  });

  it('takes a county in the state most of the article\'s other places lie in', () => {
    const d = doc('Henry County lost jobs, as did Tennessee and Nashville, but not Savannah.', [
      ['Henry County', 'LOC'], ['Tennessee', 'LOC'], ['Nashville', 'LOC'], ['Savannah', 'LOC'],
    ]);
    expect(findPlaces(d, gaz)[0]?.gazId).toBe('fips:47079');
  });

  it('takes a city named with its area for the city, and a province named with its kind for the province', () => {
    const d = doc('Rents rose in Metropolitan Atlanta and in the Province of Quebec.', [['Metropolitan Atlanta', 'LOC'], ['Province of Quebec', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => p.gazId)).toEqual(['gn:3', 'iso:CA-QC']);
  });

  it('takes the county an organization name closes with when the gazetteer lacks the whole name', () => {
    const d = doc('The Arts Council of Henry County met in Paris.', [['Arts Council of Henry County', 'ORG'], ['Paris', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => [d.text.slice(p.start, p.end), p.gazId])).toEqual([['Henry County', 'fips:47079'], ['Paris', 'gn:15']]);
  });

  it('splits a hyphenated location name the gazetteer lacks into the places it joins, skipping a party letter', () => {
    const d = doc('The Vienna-Tbilisi flight was cut, said Rep. Ann Lee, D-Texas.', [['Vienna-Tbilisi', 'LOC'], ['D-Texas', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => [d.text.slice(p.start, p.end), p.gazId])).toEqual([['Vienna', 'gn:6'], ['Tbilisi', 'gn:4'], ['Texas', 'iso:US-TX']]);
  });

  it('reads a state abbreviation written with its period as the state only, and a division\'s abbreviation opening an organization name', () => {
    const d = doc('In Flå the band played. The S.C. Highway Patrol band came from Gainesville, Fla., and from W. Va. to Flå.', [
      ['Flå', 'LOC'], ['S.C. Highway Patrol', 'ORG'], ['Gainesville', 'LOC'], ['Fla.', 'LOC'], ['W. Va', 'LOC'], ['Flå', 'LOC'],
    ]);
    expect(findPlaces(d, gaz).map((p) => [d.text.slice(p.start, p.end), p.gazId])).toEqual([
      ['Flå', 'gn:24'], ['S.C.', 'iso:US-SC'], ['Gainesville', 'gn:8'], ['Fla.', 'iso:US-FL'], ['W. Va', 'iso:US-WV'], ['Flå', 'gn:24'],
    ]);
  });

  it('takes the town an institution is named for when it lies near the article\'s other places', () => {
    const near = doc('She was taken to Gainesville Hospital after a crash in Alachua County.', [['Gainesville Hospital', 'LOC'], ['Alachua County', 'LOC']]);
    expect(findPlaces(near, gaz).map((p) => [near.text.slice(p.start, p.end), p.gazId])).toEqual([['Gainesville', 'gn:8'], ['Alachua County', 'fips:12001']]);
    const far = doc('She was taken to Gainesville Hospital from Atlanta.', [['Gainesville Hospital', 'LOC'], ['Atlanta', 'LOC']]);
    expect(findPlaces(far, gaz).map((p) => far.text.slice(p.start, p.end))).toEqual(['Atlanta']);
  });

  it('reads "St." as "Saint" and takes a town named with its kind for the town', () => {
    const d = doc('Flights from St. Petersburg to Quebec City resumed.', [['St. Petersburg', 'LOC'], ['Quebec City', 'LOC']]);
    expect(findPlaces(d, gaz).map((p) => p.gazId)).toEqual(['gn:13', 'gn:14']);
  });

  it('keeps a toponym the gazetteer lacks, without coordinates, and diagnoses it', () => {
    const d = doc('The convoy reached Zorbalinsk overnight.', [['Zorbalinsk', 'LOC']]);
    const places = findPlaces(d, gaz);
    expect(places).toEqual([{ start: 19, end: 29, use: 'literal' }]);
    expect(placeDiagnostics({ ...d, layers: { ...d.layers, places } })).toEqual([
      expect.objectContaining({ severity: 'info', stage: 'places', code: 'places/unknown', span: { start: 19, end: 29 } }),
    ]);
  });
});

describe('actionPlace', () => {
  const text = 'VIENNA (Newsgraph Wire) - Washington said troops moved near Tbilisi. Officials met. Georgia was calm.';
  const d = doc(text, [['Washington', 'LOC'], ['Tbilisi', 'LOC'], ['Georgia', 'LOC']]);
  const withPlaces: Doc = { ...d, layers: { ...d.layers, places: findPlaces(d, gaz) } };
  const clause = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it('takes the literal place in the clause, not the metonymic actor', () => {
    expect(actionPlace(withPlaces, clause('Washington said troops moved near Tbilisi'))).toMatchObject({ basis: 'clause', place: { gazId: 'gn:4' } });
  });

  it('falls back to the dateline, then to the main place', () => {
    expect(actionPlace(withPlaces, clause('Officials met'))).toMatchObject({ basis: 'dateline', place: { gazId: 'gn:6' } });
    const noDateline = withPlaces.layers.places!.filter((p) => !p.dateline);
    expect(actionPlace({ ...withPlaces, layers: { ...withPlaces.layers, places: noDateline } }, clause('Officials met'))).toMatchObject({ basis: 'main' });
    expect(mainPlace([])).toBeUndefined();
  });
});
