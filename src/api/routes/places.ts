import type { CountryCount, Store } from '../../store/index.js';
import { worldMap } from '../../web/world-map.js';
import type { Route } from '../route.js';

/** A country the corpus speaks of, with where to draw it. */
export interface CountryPlace extends CountryCount {
  readonly name: string;
  /** ISO 3166 numeric code: the id of its outline on the map. */
  readonly numeric: string;
  readonly lat: number;
  readonly lon: number;
}

/** Countries of linked entities, with name and representative point; codes the map does not know are left out. */
async function countries(store: Store): Promise<CountryPlace[]> {
  const world = worldMap();
  return (await store.countryCounts()).flatMap((c) => {
    const point = world.country(c.country);
    return point ? [{ ...c, ...point }] : [];
  });
}

/** Places with coordinates, the countries the articles speak of, and the world map they are drawn on. */
export const placeRoutes: readonly Route[] = [
  {
    method: 'get',
    path: '/api/places',
    tag: 'places',
    summary: 'Places named in the articles, resolved to the gazetteer: name, class, latitude, longitude, country, mentions and articles, most mentioned first',
    list: true,
    params: [],
    handle: async ({ page, services }) => services.store.places(page),
  },
  {
    method: 'get',
    path: '/api/countries',
    tag: 'places',
    summary: 'Countries the linked entities belong to (ISO 3166 alpha-3), with name, latitude, longitude, articles and mentions, most articles first',
    list: true,
    params: [],
    handle: async ({ page, services }) => (await countries(services.store)).slice(page.offset, page.offset + page.limit),
  },
  {
    method: 'get',
    path: '/api/map',
    tag: 'places',
    summary: 'The world map, projected on the server: country outlines as SVG paths, the countries the articles speak of and the most mentioned places, each at its x, y in the same box',
    params: [{ name: 'places', in: 'query', type: 'integer', min: 0, max: 2000, default: 300, description: 'how many of the most mentioned places to draw' }],
    handle: async ({ args, services }) => {
      const world = worldMap();
      const at = <T extends { lat: number; lon: number }>(items: readonly T[]) => items.flatMap((p) => {
        const xy = world.project(p.lon, p.lat);
        return xy ? [{ ...p, x: xy[0], y: xy[1] }] : [];
      });
      const places = await services.store.places({ limit: args.int('places') ?? 300, offset: 0 });
      return { width: world.width, height: world.height, countries: world.countries, countryCounts: at(await countries(services.store)), places: at(places) };
    },
  },
];
