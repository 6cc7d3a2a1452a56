import { expect, it } from 'vitest';
import { airportEntries, type AirportRecord } from './places-airports.js';

const airport = (ident: string, type: string, name: string, municipality: string, country: string, region: string): AirportRecord =>
  ({ ident, type, name, latitude_deg: '51.4706', longitude_deg: '-0.461941', iso_country: country, iso_region: region, municipality });

const alpha3 = new Map([['GB', 'GBR'], ['US', 'USA']]);

it('names an airport by its full name, without "International", without its city, and a large one by its one-word name', () => {
  const [heathrow] = airportEntries([airport('EGLL', 'large_airport', 'London Heathrow Airport', 'London', 'GB', 'GB-ENG')], alpha3, new Set());
  expect(heathrow).toEqual({
    id: 'oa:EGLL', name: 'London Heathrow Airport', alternates: ['Heathrow Airport', 'Heathrow International Airport', 'Heathrow'],
    featureCode: 'AIRP', placeClass: 'city', country: 'GBR', population: 0, lat: 51.4706, lon: -0.461941, demonyms: [],
  });
});

it('reads the name after the word Airport and the first of two names', () => {
  const entries = airportEntries([
    airport('EHAM', 'large_airport', 'Amsterdam Airport Schiphol', 'Amsterdam', 'GB', 'GB-ENG'),
    airport('ENGM', 'large_airport', 'Oslo Airport, Gardermoen', 'Oslo', 'GB', 'GB-ENG'),
    airport('LYPG', 'medium_airport', 'Podgorica Airport / Podgorica Golubovci Airbase', 'Podgorica', 'GB', 'GB-ENG'),
  ], alpha3, new Set());
  expect(entries.map((e) => e.alternates)).toEqual([
    ['Schiphol Airport', 'Schiphol International Airport', 'Schiphol'],
    ['Gardermoen Airport', 'Gardermoen International Airport', 'Gardermoen'],
    ['Podgorica Airport', 'Podgorica International Airport'],
  ]);
});

it('keeps a one-word name only for a large airport and never a common word; a name of no airport form keeps only itself; a US airport keeps its state', () => {
  const entries = airportEntries([
    airport('KHOU', 'large_airport', 'William P Hobby Airport', 'Houston', 'US', 'US-TX'),
    airport('KXYZ', 'large_airport', 'Hobby Airport', 'Houston', 'US', 'US-TX'),
    airport('KABC', 'medium_airport', 'Smallfield Regional Airport', 'Smalltown', 'US', 'US-OH'),
    airport('XXXX', 'medium_airport', 'Nowhere Airstrip', 'Nowhere', 'US', 'US-OH'),
  ], alpha3, new Set(['hobby']));
  expect(entries.map((e) => e.alternates)).toEqual([
    ['William P Hobby International Airport'],
    ['Hobby International Airport'],
    ['Smallfield Airport', 'Smallfield International Airport'],
    [],
  ]);
  expect(entries[0]).toMatchObject({ admin1: 'TX', country: 'USA' });
});
