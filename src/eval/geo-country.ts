import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { geoContains } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';

/**
 * Whether a point lies in a country's borders, from the `world-countries` package's per-country
 * GeoJSON (a dev dependency: evaluation only). Undefined when the package or the country's file is
 * missing. Gold data puts a country at GeoNames' own point (the US at 39.76, -98.5) and our
 * gazetteer at `world-countries`' (38, -97), 235 km apart: this tells a country resolved right
 * but placed by another convention from a country resolved wrong.
 */
export function countryContainer(): ((country: string, lat: number, lon: number) => boolean) | undefined {
  let folder: string;
  try {
    folder = join(dirname(createRequire(import.meta.url).resolve('world-countries/package.json')), 'data');
  } catch {
    return undefined;
  }
  const shapes = new Map<string, GeoPermissibleObjects | null>();
  return (country, lat, lon) => {
    let shape = shapes.get(country);
    if (shape === undefined) {
      try {
        shape = JSON.parse(readFileSync(join(folder, `${country.toLowerCase()}.geo.json`), 'utf8')) as GeoPermissibleObjects;
      } catch {
        shape = null;
      }
      shapes.set(country, shape);
    }
    return shape !== null && geoContains(shape, [lon, lat]);
  };
}
