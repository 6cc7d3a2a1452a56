import type { Entity, EntityType, Sentence, Token } from '../../doc/index.js';
import { findAcronyms } from '../acronyms.js';
import { sharedCapitalized } from '../../resources/capitalized.js';
import { joinAcronymLongForms } from './acronym-spans.js';
import { retypeCountryNames } from './country-names.js';
import { retypeKnownSurnames } from './known-surnames.js';
import { entityNameLists } from './name-lists.js';
import { addRelativeWhoPersons } from './relative-who.js';
import { datelineAgencies, type TokenRange } from './dateline.js';
import { signOffAgency } from './sign-off.js';
import { GAZETTEER_TYPES } from './gazetteer.js';
import type { TaggerResources } from './resources.js';
import { tagSpans } from './spans.js';
import { tagDocument } from './tagger.js';

const TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const NAT_BIT = 1 << GAZETTEER_TYPES.indexOf('NAT');

/**
 * Finds entity mentions in an article: tags each sentence's tokens with the entity model (the
 * whole article in order, so document-level features see earlier sentences) and turns the BIO
 * tags into spans of `text`. MISC mentions the gazetteer knows as a nationality get its country.
 * A long form defined by an acronym ("Program on New Approaches to Research and Security
 * (PONARS)") is one mention however the tagger cut it; a name the tagger missed right before
 * ", who" is a person, and a one-word LOC that is a known person's surname and no known place
 * ("comments from Tillerson") is a person too, and a MISC mention that is a country's own name
 * ("the US presidential election") a location. The agency of a dateline ("GENEVA
 * (Newsgraph Wire) -") and an agency's sign-off on the last line ("Reuter") are ORGs, replacing
 * whatever the tagger made of those words.
 *
 * @example
 * recognizeEntities(text, tokens, sentences, sharedTagger('ner.bin.gz'))
 * // [{start: 0, end: 6, type: 'MISC', tokenStart: 0, tokenEnd: 1, country: 'DEU'}, …]
 */
export function recognizeEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  resources: TaggerResources,
): Entity[] {
  const { model, gazetteer } = resources;
  const inputs = sentences.map((s) => ({ words: tokens.slice(s.tokenStart, s.tokenEnd).map((t) => text.slice(t.start, t.end)) }));
  const paths = tagDocument(model, inputs, resources);
  const out: Entity[] = [];
  sentences.forEach((sentence, s) => {
    const path = paths[s] ?? new Int32Array(0);
    const words = inputs[s]?.words ?? [];
    for (const span of tagSpans(Array.from(path, (t) => model.tags[t] ?? 'O'))) {
      if (!TYPES.has(span.type)) continue;
      const first = tokens[sentence.tokenStart + span.start] as Token;
      const last = tokens[sentence.tokenStart + span.end - 1] as Token;
      const entity: Entity = {
        start: first.start,
        end: last.end,
        type: span.type as EntityType,
        tokenStart: sentence.tokenStart + span.start,
        tokenEnd: sentence.tokenStart + span.end,
      };
      const entry = span.type === 'MISC' ? gazetteer?.phrases.get(words.slice(span.start, span.end).join(' ').toLowerCase()) : undefined;
      out.push(entry?.country && entry.types & NAT_BIT ? { ...entity, country: entry.country } : entity);
    }
  });
  const joined = joinAcronymLongForms(out, findAcronyms(text, tokens), tokens);
  const lists = entityNameLists(gazetteer);
  const retyped = retypeKnownSurnames(text, joined, lists);
  const persons = addRelativeWhoPersons(text, tokens, retypeCountryNames(text, retyped, lists.isCountry), sharedCapitalized(), lists.isPlace);
  const signOff = signOffAgency(text, tokens);
  const agencies = datelineAgencies(text, tokens, sentences);
  return withAgencies(persons, signOff ? [...agencies, signOff] : agencies, tokens);
}

/** Replaces the mentions overlapping each dateline agency by one ORG mention of the agency. */
function withAgencies(entities: Entity[], agencies: readonly TokenRange[], tokens: readonly Token[]): Entity[] {
  if (agencies.length === 0) return entities;
  const overlaps = (e: Entity, a: TokenRange): boolean => e.tokenStart < a.end && a.start < e.tokenEnd;
  const kept = entities.filter((e) => !agencies.some((a) => overlaps(e, a)));
  for (const a of agencies) {
    const first = tokens[a.start] as Token;
    const last = tokens[a.end - 1] as Token;
    kept.push({ start: first.start, end: last.end, type: 'ORG', tokenStart: a.start, tokenEnd: a.end });
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end);
}
