import { describe, expect, it } from 'vitest';
import { readActors, readAgents } from '../dictionary/actors.js';
import { dictionaryActorFinder } from './dictionary-actors.js';

const find = dictionaryActorFinder(
  readActors('NORLAND_ [NRL]\nSUDLAND_ [SLD]\n'),
  readAgents('RELIEF_CORPS {} [NGO~]\nENVOY [~GOV]\nPOLICE {} [ ~COP]\n'),
);

const codes = (text: string): string[] =>
  find(text.split(' ').map((w) => ({ lower: w.toLowerCase(), tag: 'NN' })), '2001-01-01').map((m) => `${m.code}[${m.start},${m.end})`);

describe('actors from a dictionary set', () => {
  it('joins an agent to the actor before it or after "of"', () => {
    expect(codes('Norland police arrested the envoy of Sudland')).toEqual(['NRLCOP[0,2)', 'SLDGOV[4,7)']);
  });

  it('gives a prefix agent the actor it touches, and a role after that too', () => {
    expect(codes('Relief Corps Norland met Sudland')).toEqual(['NGONRL[0,3)', 'SLD[4,5)']);
    expect(codes('a Relief Corps Norland envoy met Sudland')).toEqual(['NGONRLGOV[1,5)', 'SLD[6,7)']);
  });
});
