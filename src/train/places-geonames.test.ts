import { expect, it } from 'vitest';
import { buildGazetteer, type CityRecord } from './places-build.js';
import { commonWords, latinAlternates, parseGeonamesCities, smallTownEntries } from './places-geonames.js';

/** Two made-up rows in GeoNames' 19-column layout (id, name, ascii, other names, lat, lon, class, code, country, cc2, admin1–4, population…). */
const row = (id: number, name: string, others: string, lat: number, lon: number, code: string, country: string, admin1: string, population: number): string =>
  [id, name, name, others, lat, lon, 'P', code, country, '', admin1, '', '', '', population, '', '10', 'Europe/Stockholm', '2020-01-01'].join('\t');

const text = [
  row(10, 'Göteborg', 'GOT,Gothenburg,Sol,Söul,ghwtnbrgh,Гётеборг,Gotemburgo,Göteborg', 57.707, 11.967, 'PPLA', 'SE', '28', 572_799),
  row(20, 'Lilla By', '', 57.1, 12.1, 'PPL', 'SE', '28', 600),
  row(30, 'Section', '', 57.2, 12.2, 'PPL', 'SE', '28', 700),
  'broken\trow',
].join('\n');

it('reads GeoNames city rows and skips broken ones', () => {
  const cities = parseGeonamesCities(text);
  expect(cities.map((c) => c.id)).toEqual([10, 20, 30]);
  expect(cities[0]).toMatchObject({ name: 'Göteborg', country: 'SE', admin1: '28', featureCode: 'PPLA', population: 572_799, lat: 57.707 });
});

it('keeps the capitalized Latin other names of 4+ letters that are not codes or common words', () => {
  const [goteborg] = parseGeonamesCities(text);
  expect(latinAlternates(goteborg!, new Set(['soul']))).toEqual(['Gothenburg', 'Gotemburgo']);
});

it('reads the common words: the cluster vocabulary less the words news writes capitalized', () => {
  const clusters = '# header\nsoul\tk64:1\nbombay\tk64:2\n,\tk64:3\n';
  expect([...commonWords(clusters, new Set(['bombay']))]).toEqual(['soul']);
});

it('adds the towns the 1000+ list lacks, with their country in alpha-3, not those named by a common word', () => {
  const towns = smallTownEntries(parseGeonamesCities(text), new Set([10]), new Map([['SE', 'SWE']]), new Set(['section']));
  expect(towns).toEqual([
    { id: 'gn:20', name: 'Lilla By', alternates: [], featureCode: 'PPL', placeClass: 'city', country: 'SWE', admin1: '28', population: 600, lat: 57.1, lon: 12.1, demonyms: [] },
  ]);
});

const city = (cityId: number, name: string, country: string, population: number, lat: number, lon: number): CityRecord =>
  ({ cityId, name, altName: '', country, featureCode: 'PPL', adminCode: '01', population, loc: { coordinates: [lon, lat] } });
const countries = [
  { name: { common: 'Sweden', official: 'Kingdom of Sweden' }, cca2: 'SE', cca3: 'SWE', altSpellings: [], latlng: [62, 15] },
  { name: { common: 'United States', official: 'United States of America' }, cca2: 'US', cca3: 'USA', altSpellings: [], latlng: [38, -97] },
  { name: { common: 'Mexico', official: 'United Mexican States' }, cca2: 'MX', cca3: 'MEX', altSpellings: [], latlng: [23, -102] },
];

it('gives a city only the other names that nothing as large carries and no second city lists', () => {
  const cities = [
    city(10, 'Göteborg', 'SE', 572_799, 57.7, 11.97),
    city(11, 'Gothenburg', 'US', 3_500, 40.93, -100.16),
    city(12, 'Ciudad de México', 'MX', 12_000_000, 19.43, -99.13),
    city(13, 'Uppsala', 'SE', 133_000, 59.86, 17.64),
    city(14, 'Tiny', 'SE', 900, 59, 17),
    city(15, 'Huntsville', 'US', 200_000, 34.73, -86.59),
  ];
  const cityAlternates = new Map<number, readonly string[]>([
    [10, ['Gothenburg', 'Gotemburgo']],
    [12, ['Mexico', 'Mexico City']],
    [13, ['Upsala', 'Gotemburgo']],
    [14, ['Tinyville']],
    [15, ['Twickenham']],
  ]);
  const { entries } = buildGazetteer(cities, countries, [], [], [], new Map(), { cityAlternates, minAlternatePopulation: 15_000 });
  const alternates = (id: string): readonly string[] | undefined => entries.find((e) => e.id === id)?.alternates;
  // "Gothenburg" is otherwise a small Nebraska town; "Gotemburgo" is listed for two cities.
  expect(alternates('gn:10')).toEqual(['Gothenburg']);
  // "Mexico" is a country.
  expect(alternates('gn:12')).toEqual(['Mexico City']);
  expect(alternates('gn:13')).toEqual(['Upsala']);
  // Below the population floor; a US city's other names are former names.
  expect(alternates('gn:14')).toEqual([]);
  expect(alternates('gn:15')).toEqual([]);
});
