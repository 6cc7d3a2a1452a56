import { describe, expect, it } from 'vitest';
import type { Entity } from '../../doc/index.js';
import { findAcronyms } from '../acronyms.js';
import { tokenize } from '../tokenize.js';
import { joinAcronymLongForms } from './acronym-spans.js';
import { addRelativeWhoPersons } from './relative-who.js';

/** A mention of the first occurrence of `surface` at or after `from`, on `text`'s tokens. */
function mention(text: string, surface: string, type: Entity['type'], from = 0): Entity {
  const tokens = tokenize(text);
  const start = text.indexOf(surface, from);
  const end = start + surface.length;
  return { start, end, type, tokenStart: tokens.findIndex((t) => t.start === start), tokenEnd: tokens.findIndex((t) => t.end === end) + 1 };
}

const spans = (text: string, entities: readonly Entity[]): string[] => entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe('entity post-rules', () => {
  it('makes a long form cut in pieces one mention with the type of its acronym', () => {
    const text = 'She leads the Institute for Water and Soil Studies (IWSS) in Lyon.';
    const tokens = tokenize(text);
    const pieces = [mention(text, 'Institute for Water', 'ORG'), mention(text, 'Soil Studies', 'MISC'), mention(text, 'IWSS', 'ORG'), mention(text, 'Lyon', 'LOC')];
    expect(spans(text, joinAcronymLongForms(pieces, findAcronyms(text, tokens), tokens))).toEqual([
      'ORG:Institute for Water and Soil Studies', 'ORG:IWSS', 'LOC:Lyon',
    ]);
  });

  it('leaves mentions alone when the bracketed word does not spell the words before it', () => {
    const text = 'She met Water and Soil officials (UN) in Lyon.';
    const tokens = tokenize(text);
    const pieces = [mention(text, 'Water', 'ORG'), mention(text, 'Soil', 'ORG')];
    expect(joinAcronymLongForms(pieces, findAcronyms(text, tokens), tokens)).toEqual(pieces);
  });

  it('adds a missed name before ", who" only when news writes the word capitalized', () => {
    const text = 'Okafor, who teaches law, disagreed. Critics, who were many, left. Okafor stayed.';
    const tokens = tokenize(text);
    const names = new Set(['okafor']);
    const unknown = (): boolean => false;
    expect(spans(text, addRelativeWhoPersons(text, tokens, [], names, unknown))).toEqual(['PER:Okafor']);
  });

  it('retypes a one-word ORG or LOC before ", who" as a person unless the word is a known organization or place', () => {
    const text = 'Okafor, who teaches law, disagreed. Zanexa, who backs the plan, agreed. Okafor stayed.';
    const tokens = tokenize(text);
    const tagged = [mention(text, 'Okafor', 'ORG'), mention(text, 'Zanexa', 'ORG')];
    const known = (key: string): boolean => key === 'zanexa';
    expect(spans(text, addRelativeWhoPersons(text, tokens, tagged, new Set(), known))).toEqual(['PER:Okafor', 'ORG:Zanexa']);
  });
});
