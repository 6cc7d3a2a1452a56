import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The map's drawing box, in SVG user units; the client scales it to its width. */
export const MAP_SIZE = { width: 960, height: 500 } as const;

/** One country outline as an SVG path, `id` its ISO 3166 numeric code (world-atlas's id). */
export interface CountryShape {
  readonly id: string;
  readonly name: string;
  readonly d: string;
}

/** A country's name and a point to draw it at, by ISO 3166 alpha-3 code. */
export interface CountryPoint {
  readonly name: string;
  /** ISO 3166 numeric code, the id of its outline in {@link CountryShape}. */
  readonly numeric: string;
  readonly lat: number;
  readonly lon: number;
}

/** The world drawn once: outlines and a projection for points, all computed on the server. */
export interface WorldMap {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly CountryShape[];
  /** Projects longitude/latitude to the map's box; undefined for a point the projection cannot show. */
  readonly project: (lon: number, lat: number) => readonly [number, number] | undefined;
  /** Name and representative point of a country by its alpha-3 code. */
  readonly country: (iso3: string) => CountryPoint | undefined;
}

interface WorldCountryRecord {
  readonly cca3: string;
  readonly ccn3: string;
  readonly name: { readonly common: string };
  readonly latlng: readonly [number, number];
}

const require = createRequire(import.meta.url);
let cached: WorldMap | undefined;

/**
 * The world map, built on first use from the installed `world-atlas` outlines (Natural Earth
 * 1:110m) with d3-geo's Natural Earth projection, and `world-countries` for names and
 * representative points. Nothing is fetched: both are package data on disk. Paths are rounded to
 * one decimal, which keeps the whole world under 100 KB of SVG.
 */
export function worldMap(): WorldMap {
  if (cached) return cached;
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = feature(topology, topology.objects.countries);
  const projection = geoNaturalEarth1().fitSize([MAP_SIZE.width, MAP_SIZE.height], shapes);
  const path = geoPath(projection).digits(1);
  const countries = shapes.features.map((f) => ({ id: String(f.id ?? ''), name: f.properties.name, d: path(f) ?? '' })).filter((c) => c.d !== '');
  const points = new Map<string, CountryPoint>(
    (require('world-countries') as WorldCountryRecord[]).map((c) => [c.cca3, { name: c.name.common, numeric: c.ccn3, lat: c.latlng[0], lon: c.latlng[1] }]),
  );
  cached = {
    width: MAP_SIZE.width,
    height: MAP_SIZE.height,
    countries,
    project: (lon, lat) => {
      const xy = projection([lon, lat]);
      return xy ? [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10] : undefined;
    },
    country: (iso3) => points.get(iso3),
  };
  return cached;
}
