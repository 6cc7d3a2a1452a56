import { classOfFeature, type GazetteerEntry } from './types.js';

/**
 * The places gazetteer file format: gzip text, one entry per line, tab-separated columns
 * `id, featureCode, country, admin1, population, lat, lon, name, alternates, demonyms`, lists
 * joined by `|`, empty for none. Plain text keeps the compiled file diffable and loads faster
 * than JSON of the same entries.
 */
export const COLUMNS = ['id', 'featureCode', 'country', 'admin1', 'population', 'lat', 'lon', 'name', 'alternates', 'demonyms'] as const;

const clean = (s: string): string => s.replace(/[\t\n|]/g, ' ');

/** One entry as a line of the file (no newline). */
export function formatEntry(e: GazetteerEntry): string {
  return [
    e.id, e.featureCode, e.country ?? '', e.admin1 ?? '', String(Math.round(e.population)),
    e.lat.toFixed(3).replace(/\.?0+$/, ''), e.lon.toFixed(3).replace(/\.?0+$/, ''),
    clean(e.name), e.alternates.map(clean).join('|'), e.demonyms.map(clean).join('|'),
  ].join('\t');
}

const NONE: readonly string[] = [];
const list = (s: string): readonly string[] => (s ? s.split('|') : NONE);

/** An entry from its line; undefined for a line with too few columns or bad numbers. */
export function parseEntry(line: string): GazetteerEntry | undefined {
  const c = line.split('\t');
  if (c.length < COLUMNS.length) return undefined;
  const [id = '', featureCode = '', country = '', admin1 = '', population = '', lat = '', lon = '', name = '', alternates = '', demonyms = ''] = c;
  const entry: { -readonly [K in keyof GazetteerEntry]: GazetteerEntry[K] } = {
    id, name, featureCode, placeClass: classOfFeature(featureCode),
    population: +population, lat: +lat, lon: +lon, alternates: list(alternates), demonyms: list(demonyms),
  };
  // Set only when present: the loader reads 140,000 lines, and a spread per line doubles its time.
  if (country) entry.country = country;
  if (admin1) entry.admin1 = admin1;
  if (!id || !name || !Number.isFinite(entry.population) || !Number.isFinite(entry.lat) || !Number.isFinite(entry.lon)) return undefined;
  return entry;
}
