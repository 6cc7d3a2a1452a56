import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { normalizeName } from '../kb/normalize.js';
import { parseEntry } from './format.js';
import type { GazetteerEntry } from './types.js';

/** The committed places gazetteer, two levels up from `src/geo/` and `dist/geo/`. */
export const PLACES_PATH = fileURLToPath(new URL('../../models/places.tsv.gz', import.meta.url));

/** A gazetteer ready for lookups by name. */
export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** Normalized name or alternate ({@link placeKey}) → indexes into `entries`. */
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Normalized demonym ("syrian", "syrians", "european") → index of its country or region. */
  readonly byDemonym: ReadonlyMap<string, number>;
  /** ISO alpha-3 → index of the country entry. */
  readonly countries: ReadonlyMap<string, number>;
  /** `<alpha-3>-<code>` of every first-level division: whether a town's division code is one of them. */
  readonly divisionCodes: ReadonlySet<string>;
}

/** Abbreviated words of place names, spelled out: "St. Petersburg" and "Saint Petersburg" are one name. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);
/** An abbreviation followed by another word: a name's last "St" is a street ("Victoria St."), not a saint. */
const ABBREVIATED = /(^| )(st|ste|mt|ft)(?= )/g;

/**
 * The key a place name is looked up by: {@link normalizeName} without a leading "the", so
 * "the Balkans" and "Balkans", "U.S." and "US" meet, with "St", "Ste", "Mt" and "Ft" before
 * another word spelled out, so "St. Petersburg" finds Saint Petersburg and "Mt. Vernon" Mount Vernon.
 *
 * @example
 * placeKey('the Black Sea') // 'black sea'
 * placeKey('St. Louis') // 'saint louis'
 */
export function placeKey(name: string): string {
  // Most names are plain ASCII words and spaces: lower-casing is all they need, at a tenth of the cost.
  const key = /^[A-Za-z]+( [A-Za-z]+)*$/.test(name) ? name.toLowerCase() : normalizeName(name);
  const spelled = key.replace(ABBREVIATED, (_, before: string, word: string) => `${before}${ABBREVIATIONS.get(word) ?? word}`);
  return spelled.startsWith('the ') ? spelled.slice(4) : spelled;
}

/**
 * An abbreviation as news writes a place's: one to three short parts, each closing with a period
 * ("Ala.", "W. Va.", "N.S.", "P.E.I.").
 */
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,4}\. ?){1,3}$/u;

/**
 * The key of an abbreviation: {@link placeKey} with its period kept, so "Ala." (Alabama) and the
 * word "Ala" (a town in Italy) are apart.
 */
const abbreviationKey = (name: string): string => `${placeKey(name)}.`;

/** An abbreviation of initials, with a period inside: "N.J.", "W.Va.", "B.C.". */
const INITIALS = /\.\s?\p{Lu}/u;

/**
 * The key a name written in the text is looked up by: an abbreviation the gazetteer carries, when
 * the text writes its period (in the name, or right after it where the tokenizer split it off:
 * "Mobile, Ala."), takes the abbreviation's key, which only the entries abbreviated so have;
 * anything else {@link placeKey}.
 *
 * @example
 * textKey(gaz, 'Ala', true) // 'ala.' (Alabama), where textKey(gaz, 'Ala', false) is 'ala' (Ala, Italy)
 */
export function textKey(gaz: Pick<Gazetteer, 'byName'>, name: string, periodAfter: boolean): string {
  const key = placeKey(name);
  // Abbreviations are plain letters: "Flå." closing a sentence is the Norwegian town, not "Fla.".
  if ((!periodAfter && !name.endsWith('.')) || !/^[A-Za-z. ]+$/.test(name)) return key;
  const dotted = `${key}.`;
  return gaz.byName.has(dotted) ? dotted : key;
}

/**
 * Builds the lookup maps over entries; tests use it with hand-written entries. An abbreviation
 * among the alternates is indexed under its dotted key ({@link textKey}); initials ("N.J.") also
 * under the plain key, as news writes "NJ"; one word ("Calif.", "Man.") under the plain key only
 * where no other name has it: "Man" is a town in Côte d'Ivoire, not Manitoba's "Man.".
 */
export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const byName = new Map<string, number[]>();
  const byDemonym = new Map<string, number>();
  const countries = new Map<string, number>();
  const divisionCodes = new Set<string>();
  const add = (key: string, i: number): void => {
    if (!key) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  // A one-word abbreviation ("Calif.", "Ala.") is its plain key too only where no other name has
  // that key: "D-Calif" is written without the period, whereas "Ala" is a town in Italy.
  const words: [string, number][] = [];
  const index = (name: string, i: number): void => {
    if (!ABBREVIATION.test(name)) add(placeKey(name), i);
    else {
      add(abbreviationKey(name), i);
      // "N.J." is "NJ" too: initials are a code no word shares.
      if (INITIALS.test(name)) add(placeKey(name), i);
      else words.push([placeKey(name), i]);
    }
  };
  entries.forEach((e, i) => {
    index(e.name, i);
    for (const alt of e.alternates) index(alt, i);
    if (e.placeClass === 'country' && e.country) countries.set(e.country, i);
    if (e.placeClass === 'admin1' && e.country && e.admin1) divisionCodes.add(`${e.country}-${e.admin1}`);
    // "American" is the demonym of the Northern Mariana Islands too: the most populous country keeps it.
    // The plural ("Palestinians", "Russians") names the same people.
    for (const d of e.demonyms) {
      for (const key of [placeKey(d), `${placeKey(d)}s`]) {
        const known = byDemonym.get(key);
        if (known === undefined || entries[known]!.population < e.population) byDemonym.set(key, i);
      }
    }
  });
  const taken = new Set(byName.keys());
  for (const [key, i] of words) if (!taken.has(key)) add(key, i);
  return { entries, byName, byDemonym, countries, divisionCodes };
}

/**
 * Reads a compiled gazetteer (as `src/train/places.ts` writes it); lines it cannot read are
 * skipped. Throws `E_PLACES_MISSING` naming the command that builds it.
 */
export function loadGazetteer(path: string = PLACES_PATH): Gazetteer {
  if (!existsSync(path)) {
    throw new Error(`E_PLACES_MISSING: no places gazetteer at ${path}; build it with \`npm run train:places\``);
  }
  const entries: GazetteerEntry[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const entry = line ? parseEntry(line) : undefined;
    if (entry) entries.push(entry);
  }
  return createGazetteer(entries);
}

let shared: Gazetteer | undefined;

/** {@link loadGazetteer} once per process, on the first article that needs it. */
export function sharedGazetteer(): Gazetteer {
  shared ??= loadGazetteer();
  return shared;
}
