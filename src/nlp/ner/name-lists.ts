import { sharedGazetteer as sharedPlaces } from '../../geo/gazetteer.js';
import type { Gazetteer as Places } from '../../geo/gazetteer.js';
import { sharedKb } from '../../kb/load.js';
import type { Kb } from '../../kb/load.js';
import { normalizeName } from '../../kb/normalize.js';
import { GAZETTEER_TYPES, type Gazetteer } from './gazetteer.js';
import type { NameLists } from './known-surnames.js';

const PER_BIT = 1 << GAZETTEER_TYPES.indexOf('PER');

/**
 * A city smaller than this does not make its name a place by itself: "Merkel, Texas" and the
 * English village of "Hale" should not stop the surname reading.
 */
const NOTABLE_POPULATION = 50_000;

/**
 * Last words of the canonical names of the knowledge base's people ("tillerson" of "Rex
 * Tillerson") that no place, organization or group of the base has as an alias. Only canonical
 * names count: the actor dictionaries also list a leader under country names and their misspellings.
 */
export function kbSurnames(kb: Kb): Set<string> {
  const surnames = new Set<string>();
  for (const entry of kb.entries) {
    if (entry.kind !== 'person') continue;
    const words = normalizeName(entry.name).split(' ');
    const last = words[words.length - 1] as string;
    if (words.length < 2 || !entry.aliases.includes(last)) continue;
    const owners = kb.byAlias.get(last) ?? [];
    if (owners.every((i) => kb.entries[i]?.kind === 'person')) surnames.add(last);
  }
  return surnames;
}

/** True when the places gazetteer knows `key` as a country, region, water or a city of note. */
function notablePlace(places: Places, key: string): boolean {
  return (places.byName.get(key) ?? []).some((i) => {
    const place = places.entries[i];
    return place !== undefined && (place.placeClass !== 'city' || place.population >= NOTABLE_POPULATION);
  });
}

const surnamesByKb = new WeakMap<Kb, Set<string>>();

/**
 * The name lists of the entities stage: surnames from the knowledge base (the tagger gazetteer's
 * surname list, built for features, also holds words like "republic" and "al"); places from the tagger's gazetteer, the knowledge base and the places gazetteer. The
 * knowledge base and places are loaded on the first question, so articles without a one-word
 * LOC mention never pay for them.
 */
export function entityNameLists(gazetteer: Gazetteer | undefined, kb: () => Kb = sharedKb, places: () => Places = sharedPlaces): NameLists {
  return {
    isSurname: (key) => {
      const base = kb();
      let surnames = surnamesByKb.get(base);
      if (!surnames) {
        surnames = kbSurnames(base);
        surnamesByKb.set(base, surnames);
      }
      return surnames.has(key);
    },
    isPlace: (key) => {
      const entry = gazetteer?.phrases.get(key);
      if (entry !== undefined && (entry.types & ~PER_BIT) !== 0) return true;
      const base = kb();
      if ((base.byAlias.get(key) ?? []).some((i) => base.entries[i]?.kind !== 'person')) return true;
      return notablePlace(places(), key);
    },
    isCountry: (name) => {
      const base = kb();
      return (base.byAlias.get(normalizeName(name)) ?? []).some((i) => base.entries[i]?.kind === 'country');
    },
  };
}
