import { expect, it } from 'vitest';
import type { EventPlace } from '../doc/index.js';
import type { EventRecord } from '../store/index.js';
import { GDELT_COLUMNS, gdeltRow } from './gdelt.js';

it('writes 61 GDELT columns with codes split into country and role types', () => {
  expect(GDELT_COLUMNS.length).toBe(61);
  const record: EventRecord = {
    article: 'abc', title: 'T', published: '2026-03-02', url: 'https://example.org/a', ingestedAt: '2026-03-03T10:11:12.000Z',
    sourceText: 'the Norland army', actionText: 'shelled', targetText: 'Vesteria', sentenceText: 'x', sourceName: null, targetName: 'Vesteria',
    event: {
      start: 0, end: 7, source: { start: 0, end: 1, code: 'NRLMIL' }, target: { start: 2, end: 3, code: 'IGOUNO' },
      code: '194', base: '194', root: '19', quadClass: 4, goldstein: -10, verb: 'shell', sentence: 0, lead: true, date: '2026-03-02',
      negated: false, hypothetical: false, quoted: false,
    },
  };
  const row = gdeltRow(7, record).split('\t');
  expect(row.length).toBe(61);
  const col = (name: string): string | undefined => row[GDELT_COLUMNS.indexOf(name)];
  expect([col('GLOBALEVENTID'), col('SQLDATE'), col('MonthYear'), col('Year'), col('FractionDate')]).toEqual(['7', '20260302', '202603', '2026', '2026.1671']);
  expect([col('Actor1Code'), col('Actor1Name'), col('Actor1CountryCode'), col('Actor1Type1Code')]).toEqual(['NRLMIL', 'THE NORLAND ARMY', 'NRL', 'MIL']);
  expect([col('Actor2CountryCode'), col('Actor2KnownGroupCode'), col('Actor2Type1Code')]).toEqual(['', 'UNO', 'IGO']);
  expect([col('IsRootEvent'), col('EventCode'), col('EventRootCode'), col('QuadClass'), col('GoldsteinScale'), col('NumArticles')]).toEqual(['1', '194', '19', '4', '-10', '1']);
  expect([col('DATEADDED'), col('SOURCEURL')]).toEqual(['20260303101112', 'https://example.org/a']);
});

it('writes ActionGeo from the event place: a US county as GDELT writes a US city, a sea with no type', () => {
  const base: EventRecord = {
    article: 'abc', title: 'T', published: '2026-03-02', url: null, ingestedAt: '2026-03-03T10:11:12.000Z',
    sourceText: 'Police', actionText: 'arrested', targetText: 'two men', sentenceText: 'x', sourceName: null, targetName: null,
    event: {
      start: 0, end: 7, source: { start: 0, end: 1, code: 'USACOP' }, target: { start: 2, end: 3, code: 'USACVL' },
      code: '173', base: '173', root: '17', quadClass: 4, goldstein: -5, verb: 'arrest', sentence: 0, lead: true, date: '2026-03-02',
      negated: false, hypothetical: false, quoted: false,
    },
  };
  const at = (place?: EventPlace): string[] => {
    const row = gdeltRow(1, { ...base, event: place ? { ...base.event, place } : base.event }).split('\t');
    return ['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_Lat'].map((name) => row[GDELT_COLUMNS.indexOf(name)] ?? '');
  };
  const mention = { start: 10, end: 25 };
  expect(at({ name: 'Anderson County', gazId: 'fips:48001', placeClass: 'admin2', lat: 31.81, lon: -95.65, country: 'USA', basis: 'clause', mention })).toEqual(['3', 'Anderson County', '31.8100']);
  expect(at({ name: 'Black Sea', gazId: 'region:black-sea', placeClass: 'water', lat: 43, lon: 34, basis: 'main', mention })).toEqual(['', 'Black Sea', '43.0000']);
  expect(at()).toEqual(['', '', '']);
});
