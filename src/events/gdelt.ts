import type { EventPlace } from '../doc/index.js';
import type { EventRecord } from '../store/index.js';

/** GDELT Event 2.0's 61 columns, in file order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${p}${c}`);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => `${p}${c}`);
}

/** Actor code prefixes that are not countries: IGOs, NGOs, militant groups, multinationals… (CAMEO actor codebook); the next three letters name the group. */
const NOT_COUNTRY = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'UIS', 'UAF', 'INT', '---']);

/** A CAMEO actor code cut into its country and up to three 3-letter role types: `RUSGOVMIL` → RUS, GOV, MIL. */
function actorFields(code: string, name: string): string[] {
  const head = code.slice(0, 3);
  const country = /^[A-Z]{3}$/.test(head) && !NOT_COUNTRY.has(head) ? head : '';
  // "IGOUNO": GDELT files the IGO as a type and the UN as the known group.
  const group = !country && head !== '---';
  const known = group ? code.slice(3, 6) : '';
  const rest = group ? `${head}${code.slice(6)}` : code.slice(3);
  const types = (rest.match(/.{1,3}/g) ?? []).slice(0, 3);
  return [code, name.toUpperCase(), country, known, '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? ''];
}

const tsv = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

/** `YYYY + day of year / 365`, to 4 decimals, as GDELT's FractionDate. */
function fractionDate(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const day = (Date.UTC(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return (year + day / 365).toFixed(4);
}

/**
 * GDELT's geographic resolution of a place: 1 country, 2 US state, 3 US city, 4 world city, 5 world
 * state (first-level division). GDELT has no county type; a county is a point finer than its
 * state, as GDELT's "city or landmark" types are, so it takes those. Regions, seas and continents
 * have no GDELT type and leave it empty.
 */
function geoType(p: EventPlace): string {
  const us = p.country === 'USA';
  switch (p.placeClass) {
    case 'country':
      return '1';
    case 'admin1':
      return us ? '2' : '5';
    case 'admin2':
    case 'city':
      return us ? '3' : '4';
    default:
      return '';
  }
}

/**
 * The eight geography fields of a place: type, full name, country (ISO 3166 alpha-3, where GDELT
 * writes FIPS 10-4), two empty administrative codes, latitude, longitude and our gazetteer id as
 * the feature id; all empty without a place.
 */
function geo(p: EventPlace | undefined): string[] {
  if (!p) return ['', '', '', '', '', '', '', ''];
  return [geoType(p), p.name, p.country ?? '', '', '', p.lat.toFixed(4), p.lon.toFixed(4), p.gazId];
}

/**
 * One event as a GDELT Event 2.0 row (61 tab-separated fields; see docs/events.md for each). What
 * newsgraph does not know (ethnicity, religion, tone, actor geography) stays empty;
 * one article is one mention, one source, one article.
 */
export function gdeltRow(id: number, r: EventRecord): string {
  const e = r.event;
  const date = (e.date ?? r.published ?? r.ingestedAt).slice(0, 10);
  const sqlDate = date.replace(/-/g, '');
  const fields = [
    String(id), sqlDate, sqlDate.slice(0, 6), sqlDate.slice(0, 4), /^\d{4}-\d{2}-\d{2}$/.test(date) ? fractionDate(date) : '',
    ...actorFields(e.source.code, r.sourceName ?? r.sourceText), ...actorFields(e.target.code, r.targetName ?? r.targetText),
    e.lead ? '1' : '0', e.code, e.base, e.root, e.quadClass !== undefined ? String(e.quadClass) : '', e.goldstein !== undefined ? String(e.goldstein) : '',
    '1', '1', '1', '',
    ...geo(undefined), ...geo(undefined), ...geo(e.place),
    r.ingestedAt.replace(/[^0-9]/g, '').slice(0, 14), r.url ?? `newsgraph:${r.article}`,
  ];
  return fields.map(tsv).join('\t');
}
