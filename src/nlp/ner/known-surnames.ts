import type { Entity } from '../../doc/index.js';

/** A name written as names are in running text: "Tillerson", not "CAN" or "MI" in a table. */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/** The name lists {@link retypeKnownSurnames} consults; keys are lower-cased words. */
export interface NameLists {
  /** True when `key` is the surname of a person the lists know ("tillerson" of Rex Tillerson). */
  readonly isSurname: (key: string) => boolean;
  /** True when `key` names a place, organization or nationality a reader would know by that word alone. */
  readonly isPlace: (key: string) => boolean;
  /** True when `name`, as written, is a country's name in the knowledge base ("US", "U.S.", "Britain"). */
  readonly isCountry: (name: string) => boolean;
}

/**
 * Retypes a one-word LOC mention as PER when the word is a known person's surname and no known
 * place: "echoing comments from Tillerson" reads as "comments from <place>" to a tagger trained
 * on 1996 Reuters, which never saw the name. Places stay places ("flights from Houston"), and a
 * word that is both ("Washington") keeps the tagger's type.
 */
export function retypeKnownSurnames(text: string, entities: readonly Entity[], lists: NameLists): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'LOC' || e.tokenEnd - e.tokenStart !== 1) return e;
    const word = text.slice(e.start, e.end);
    if (!TITLE_CASE.test(word)) return e;
    const key = word.toLowerCase();
    return lists.isSurname(key) && !lists.isPlace(key) ? { ...e, type: 'PER' } : e;
  });
}
