import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { contiguousUsCentre, countyEntry, usCounties, usStateCentres } from './places-counties.js';
import type { CityRecord } from './places-build.js';

/** A square ring (absolute coordinates, no transform), clockwise as d3-geo and us-atlas wind outer rings. */
const square = (west: number, south: number, east: number, north: number): [number, number][] =>
  [[west, south], [west, north], [east, north], [east, south], [west, south]];

/**
 * A made-up atlas: two states (a 2° square "Texas" and a far-away "Alaska") and three
 * county-equivalents: one Texas county, one Virginia independent city, one Puerto Rico municipio.
 */
const topology = {
  type: 'Topology',
  arcs: [square(-96, 31, -95, 32), square(-98, 30, -94, 34), square(-150, 60, -140, 70), square(-78, 37, -77, 38), square(-67, 18, -66, 19)],
  objects: {
    states: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '48', properties: { name: 'Texas' }, arcs: [[1]] },
        { type: 'Polygon', id: '02', properties: { name: 'Alaska' }, arcs: [[2]] },
        { type: 'Polygon', id: '51', properties: { name: 'Virginia' }, arcs: [[3]] },
      ],
    },
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '48001', properties: { name: 'Anderson' }, arcs: [[0]] },
        { type: 'Polygon', id: '51760', properties: { name: 'Richmond' }, arcs: [[3]] },
        { type: 'Polygon', id: '72001', properties: { name: 'Adjuntas' }, arcs: [[4]] },
      ],
    },
  },
} as unknown as Topology;

const city = (cityId: number, name: string, adminCode: string, lon: number, lat: number, population: number): CityRecord =>
  ({ cityId, name, altName: '', country: 'US', featureCode: 'PPL', adminCode, population, loc: { coordinates: [lon, lat] } });

const codes = new Map([['Texas', 'TX'], ['Alaska', 'AK'], ['Virginia', 'VA']]);

describe('usCounties', () => {
  const counties = usCounties(topology, codes, [
    city(1, 'Palestine', 'TX', -95.6, 31.7, 18_000),
    city(2, 'Elkhart', 'TX', -95.58, 31.63, 1_300),
    city(3, 'Tyler', 'TX', -95.3, 32.35, 100_000),
  ]);

  it('keeps counties of states, not independent cities or territories', () => {
    expect(counties.map((c) => c.fips)).toEqual(['48001']);
  });

  it('centres a county on its shape and sums the towns inside it', () => {
    const [anderson] = counties;
    expect(anderson).toMatchObject({ name: 'Anderson', state: 'TX', population: 19_300 });
    expect(anderson!.lat).toBeCloseTo(31.5, 1);
    expect(anderson!.lon).toBeCloseTo(-95.5, 1);
  });

  it('names a county with its suffix and an abbreviation', () => {
    expect(countyEntry(counties[0]!)).toMatchObject({ id: 'fips:48001', name: 'Anderson County', alternates: ['Anderson Co.'], placeClass: 'admin2', country: 'USA', admin1: 'TX' });
    expect(countyEntry({ fips: '22079', name: 'Rapides', state: 'LA', lat: 31.2, lon: -92.5, population: 0 }).name).toBe('Rapides Parish');
  });

  it('throws a named error for a topology without counties', () => {
    expect(() => usCounties({ type: 'Topology', arcs: [], objects: {} } as unknown as Topology, codes, [])).toThrow(/E_PLACES_COUNTIES/);
  });
});

describe('contiguousUsCentre', () => {
  it('leaves Alaska out of the centre', () => {
    // Texas's 16 square degrees around (32, -96) and Virginia's one around (37.5, -77.5), weighted by area.
    const [lat, lon] = contiguousUsCentre(topology);
    expect(lat).toBeCloseTo(32.4, 0);
    expect(lon).toBeCloseTo(-94.9, 0);
  });
});

describe('usStateCentres', () => {
  it('centres each named state on its shape, by postal code', () => {
    const centres = usStateCentres(topology, codes);
    expect([...centres.keys()].sort()).toEqual(['AK', 'TX', 'VA']);
    expect(centres.get('TX')![0]).toBeCloseTo(32, 0);
    expect(centres.get('TX')![1]).toBeCloseTo(-96, 0);
  });
});
