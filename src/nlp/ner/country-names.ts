import type { Entity } from '../../doc/index.js';

/**
 * Retypes a MISC mention that is a country's own name as LOC: "the US presidential election" names
 * the country as CoNLL annotates "U.S. officials" (LOC), and the places and linking stages read
 * locations, not MISC. Nationalities ("Russian", which carry a `country`) stay MISC.
 * `isCountry` takes the mention's text.
 */
export function retypeCountryNames(text: string, entities: readonly Entity[], isCountry: (name: string) => boolean): Entity[] {
  return entities.map((e) => (e.type === 'MISC' && e.country === undefined && isCountry(text.slice(e.start, e.end)) ? { ...e, type: 'LOC' } : e));
}
