import { describe, expect, it } from 'vitest';
import { codeAt, sharedKb } from '../src/kb/index.js';

/** The CAMEO code the committed KB gives the one person answering to `name` on `date`. */
function codeOf(name: string, date: string): string | undefined {
  const kb = sharedKb();
  const people = (kb.byAlias.get(name) ?? []).map((i) => kb.entries[i]!).filter((e) => e.kind === 'person');
  expect(people).toHaveLength(1);
  return codeAt(people[0]!.codes, date)?.code;
}

describe('world-countries names in the committed knowledge base', () => {
  it('adds official names and spellings CountryInfo lacks', () => {
    const kb = sharedKb();
    const country = (alias: string) => (kb.byAlias.get(alias) ?? []).map((i) => kb.entries[i]!).find((e) => e.kind === 'country')?.id;
    // Names from after CountryInfo (2012) and the Phoenix dictionaries: only world-countries has them.
    expect(country('eswatini')).toBe('country:SWZ');
    expect(country('north macedonia')).toBe('country:MKD');
  });
});

describe('actor updates (data/actor-updates.txt) in the committed knowledge base', () => {
  it('knows officeholders the Phoenix dictionaries predate', () => {
    expect(codeOf('donald trump', '2017-05-03')).toBe('USAGOV');
    expect(codeOf('trump', '2022-06-01')).toBe('USAELI');
    expect(codeOf('rex tillerson', '2017-05-03')).toBe('USAGOV');
    expect(codeOf('emmanuel macron', '2020-01-01')).toBe('FRAGOV');
  });

  it('closes terms the dictionaries left open, replacing their codes rather than adding to them', () => {
    expect(codeOf('barack obama', '2016-01-01')).toBe('USAGOV');
    expect(codeOf('barack obama', '2018-01-01')).toBe('USAELI');
    expect(codeOf('angela merkel', '2017-05-03')).toBe('DEUGOV');
    expect(codeOf('angela merkel', '2023-01-01')).toBe('DEUELI');
  });
});
