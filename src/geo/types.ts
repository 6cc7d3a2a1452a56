import type { PlaceClass } from '../doc/index.js';

/**
 * One gazetteer entry. `id` is `gn:<GeoNames id>` for a city, `iso:<alpha-3>` for a country,
 * `iso:<alpha-2>-<subdivision>` for a first-level division ("iso:US-TX"), `ng:<slug>` for a
 * hand-listed region or water body, `fips:<state><county>` for a US county ("fips:48001"). `country` is ISO 3166 alpha-3; `admin1` the division code the
 * city's GeoNames record carries ("TX"); coordinates are WGS84 degrees.
 */
export interface GazetteerEntry {
  readonly id: string;
  readonly name: string;
  /** Other names and spellings ("Russian Federation", "UK"), not normalized. */
  readonly alternates: readonly string[];
  /** GeoNames feature code: PCLI, ADM1, ADM2, PPLC, PPLA, PPL…, CONT, RGN, SEA, OCN, GULF. */
  readonly featureCode: string;
  readonly placeClass: PlaceClass;
  readonly country?: string;
  readonly admin1?: string;
  /** Inhabitants; for countries and divisions the sum of their listed cities (a ranking proxy). */
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
  /** A country's demonyms ("Syrian"). */
  readonly demonyms: readonly string[];
}

/** The class of a GeoNames feature code. */
export function classOfFeature(code: string): PlaceClass {
  if (code.startsWith('PCL')) return 'country';
  if (code === 'ADM1') return 'admin1';
  if (code === 'ADM2') return 'admin2';
  if (code === 'CONT') return 'continent';
  if (code === 'RGN') return 'region';
  // An airport is placed like a town with no inhabitants: it never outranks a town of its name.
  if (code.startsWith('PPL') || code === 'STLMT' || code === 'AIRP') return 'city';
  return 'water';
}
