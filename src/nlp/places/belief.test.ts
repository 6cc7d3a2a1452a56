import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../geo/types.js';
import { beliefOf } from './belief.js';

const sense = (country: string, admin1: string, population: number): GazetteerEntry => ({
  id: `${country}-${admin1}`, name: 'Ontario', alternates: [], featureCode: 'PPL', placeClass: 'city', country, admin1, population, lat: 0, lon: 0, demonyms: [],
});

describe('beliefOf', () => {
  it('shares a name\'s belief among its senses in proportion to 10^score', () => {
    const b = beliefOf([sense('USA', 'CA', 0), sense('CAN', 'ON', 0)], 2, (e) => (e.country === 'USA' ? 1 : 0))!;
    expect(b.weight).toBe(2);
    expect(b.countries.get('USA')).toBeCloseTo(10 / 11);
    expect(b.countries.get('CAN')).toBeCloseTo(1 / 11);
    expect(b.divisions.get('CAN-ON')).toBeCloseTo(1 / 11);
  });

  it('sums senses of one country and leaves out negligible ones', () => {
    const b = beliefOf([sense('USA', 'CA', 0), sense('USA', 'OH', 0), sense('FRA', '11', 0)], 1, (e) => (e.country === 'FRA' ? -9 : 0))!;
    expect(b.countries.get('USA')).toBeCloseTo(1);
    expect(b.divisions.get('USA-OH')).toBeCloseTo(0.5);
    expect(b.countries.has('FRA')).toBe(false);
  });

  it('is undefined for a name without senses', () => {
    expect(beliefOf([], 1, () => 0)).toBeUndefined();
  });
});
