import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What the npm package `world-countries` (ODbL) says of one country, in English and Latin script. */
export interface WorldCountry {
  readonly iso3: string;
  /** Common and official names and Latin-script alternative spellings ("Russian Federation", "USA"). */
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
}

interface RawCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { f?: string; m?: string } };
}

const LATIN = /^[\p{Script=Latin}\d .,'’()-]+$/u;

/**
 * Reads the `world-countries` data the project installs as a development dependency (the compiler
 * runs from a checkout, never at run time). Two-letter spellings ("RU") are left out: they are
 * country codes, not names a writer uses, and would collide with ordinary words.
 */
export function readWorldCountries(): WorldCountry[] {
  const path = createRequire(import.meta.url).resolve('world-countries/countries.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawCountry[];
  return raw.map((c) => ({
    iso3: c.cca3,
    names: [c.name.common, c.name.official, ...(c.altSpellings ?? [])].filter((n) => n.length > 2 && LATIN.test(n)),
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => d !== undefined && d.length > 0))],
    capitals: c.capital ?? [],
  }));
}
