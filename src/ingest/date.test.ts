import { describe, expect, it } from 'vitest';
import { normalizeDate } from './date.js';

describe('normalizeDate', () => {
  it('keeps an ISO date', () => expect(normalizeDate('2021-03-04')).toBe('2021-03-04'));
  it('keeps the writer’s offset of an ISO date-time', () => expect(normalizeDate('2021-03-04T23:30:00-0500')).toBe('2021-03-04T23:30:00-05:00'));
  it('accepts a space between date and time', () => expect(normalizeDate('2021-03-04 09:15')).toBe('2021-03-04T09:15:00'));
  it('reads RFC 2822', () => expect(normalizeDate('Thu, 4 Mar 2021 09:15:00 +0100')).toBe('2021-03-04T09:15:00+01:00'));
  it('reads RFC 2822 zone names', () => expect(normalizeDate('4 Mar 2021 09:15 GMT')).toBe('2021-03-04T09:15:00Z'));
  it('reads epoch seconds', () => expect(normalizeDate(1614849300)).toBe('2021-03-04T09:15:00.000Z'));
  it('reads epoch milliseconds', () => expect(normalizeDate(1614849300000)).toBe('2021-03-04T09:15:00.000Z'));
  it('reads epoch digits in a string', () => expect(normalizeDate('1614849300')).toBe('2021-03-04T09:15:00.000Z'));
  it('refuses an impossible day', () => expect(normalizeDate('2021-02-30')).toBeUndefined());
  it('refuses free text', () => expect(normalizeDate('last Tuesday')).toBeUndefined());
  it('refuses a zero epoch', () => expect(normalizeDate(0)).toBeUndefined());
  it('refuses other types', () => expect(normalizeDate({ y: 2021 })).toBeUndefined());
});
