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

it('keeps a one-word name only for a large airport and never a common word; a name not ending in Airport or Airfield is left out; a US airport keeps its state', () => {
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
  ]);
  expect(entries[0]).toMatchObject({ admin1: 'TX', country: 'USA' });
});
