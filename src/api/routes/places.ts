import type { CountryCount, Store } from '../../store/index.js';
import { worldMap } from '../../web/world-map.js';
import type { Route } from '../route.js';

/** A country the corpus speaks of, with where to draw it. */
export interface PlaceCount extends CountryCount {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

/** Countries of linked entities, with name and representative point; codes the map does not know are left out. */
async function places(store: Store): Promise<PlaceCount[]> {
  const world = worldMap();
  return (await store.countryCounts()).flatMap((c) => {
    const point = world.country(c.country);
    return point ? [{ ...c, ...point }] : [];
  });
}

/** Places with coordinates, and the world map they are drawn on. */
export const placeRoutes: readonly Route[] = [
  {
    method: 'get',
    path: '/api/places',
    tag: 'places',
    summary: 'Countries the linked entities belong to (ISO 3166 alpha-3), with name, latitude, longitude, articles and mentions, most articles first',
    list: true,
    params: [],
    handle: async ({ page, services }) => (await places(services.store)).slice(page.offset, page.offset + page.limit),
  },
  {
    method: 'get',
    path: '/api/map',
    tag: 'places',
    summary: 'The world map, projected on the server: country outlines as SVG paths and every place at its x, y in the same box',
    params: [],
    handle: async ({ services }) => {
      const world = worldMap();
      const points = (await places(services.store)).flatMap((p) => {
        const xy = world.project(p.lon, p.lat);
        return xy ? [{ ...p, x: xy[0], y: xy[1] }] : [];
      });
      return { width: world.width, height: world.height, countries: world.countries, places: points };
    },
  },
];
