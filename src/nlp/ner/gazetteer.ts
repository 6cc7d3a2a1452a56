import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * What a gazetteer phrase may name; a phrase can be several ("Georgia": place, "Turkish":
 * nationality). `CITY` and `TOWN` are GeoNames places above and below a population threshold,
 * kept apart from `LOC` because town names are often surnames or words too.
 */
export type GazetteerType = 'PER' | 'ORG' | 'LOC' | 'NAT' | 'CITY' | 'TOWN';

/** The types in bit order of {@link GazetteerEntry.types}. */
export const GAZETTEER_TYPES: readonly GazetteerType[] = ['PER', 'ORG', 'LOC', 'NAT', 'CITY', 'TOWN'];

/** The file's type letters, in the order of {@link GAZETTEER_TYPES}. */
const LETTERS = 'POLNCT';

/** Types that make a word no evidence of a person name: a town may be named after a person. */
const NOT_PERSON_BITS = 0b1110;

/** One phrase: a bit set over {@link GAZETTEER_TYPES} and, for places and nationalities, an ISO-3 code. */
export interface GazetteerEntry {
  readonly types: number;
  readonly country?: string;
}

/**
 * Name lists keyed by lower-cased phrase, tokens joined by one space as CoNLL tokenizes them
 * ("vladimir putin", "u.s."). `prefixes` holds every proper prefix so a match can stop early.
 */
export interface Gazetteer {
  readonly phrases: ReadonlyMap<string, GazetteerEntry>;
  readonly prefixes: ReadonlySet<string>;
  readonly maxLength: number;
  /** First words of person names of two or more words ("angela" of "angela merkel"). */
  readonly firstNames?: ReadonlySet<string>;
  /** Last words of person names of two or more words: a bare "Merkel" or "Assad" in later mentions. */
  readonly surnames?: ReadonlySet<string>;
  /** Given names of the npm name lists (`F` lines), for the `names` feature group. */
  readonly listedGiven?: ReadonlySet<string>;
  /** Family names of the npm name lists (`S` lines). */
  readonly listedFamily?: ReadonlySet<string>;
}

/** Per token: bits of the types of the phrase that starts (`begin`) or continues (`inside`) there. */
export interface GazetteerMarks {
  readonly begin: Uint8Array;
  readonly inside: Uint8Array;
}

const PER_BIT = 1;

/** A name word worth listing: letters (and inner hyphens or apostrophes), three or more. */
const NAME_WORD = /^[a-z][a-z'-]*[a-z]$/;

/** Builds a gazetteer from `phrase → entry` (phrases lower-cased, tokens joined by one space). */
export function createGazetteer(phrases: ReadonlyMap<string, GazetteerEntry>): Gazetteer {
  const prefixes = new Set<string>();
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  let maxLength = 0;
  for (const [phrase, entry] of phrases) {
    const words = phrase.split(' ');
    maxLength = Math.max(maxLength, words.length);
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
    if (entry.types !== PER_BIT || words.length < 2) continue;
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    if (NAME_WORD.test(first)) firstNames.add(first);
    if (NAME_WORD.test(last)) surnames.add(last);
  }
  // A word that is itself a place, organization or nationality ("jordan", "georgia") is no
  // evidence of a person.
  for (const [phrase, entry] of phrases) {
    if (entry.types & PER_BIT || !(entry.types & NOT_PERSON_BITS)) continue;
    firstNames.delete(phrase);
    surnames.delete(phrase);
  }
  return { phrases, prefixes, maxLength, firstNames, surnames };
}


/**
 * Reads the compiled gazetteer (`models/gazetteer.tsv.gz`: `phrase TAB types TAB country` lines,
 * types as letters P O L N C T, and F or S for a word of the given or family name lists), as
 * written by `src/train/gazetteer.ts`. Listed names are not phrases: "Hope" or "Price" in a name
 * list must not mark every "hope" as a person.
 */
export function loadGazetteer(path: string): Gazetteer {
  const phrases = new Map<string, GazetteerEntry>();
  const listedGiven = new Set<string>();
  const listedFamily = new Set<string>();
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const [phrase, letters, country] = line.split('\t');
    if (!phrase || !letters) continue;
    let types = 0;
    for (const letter of letters) {
      if (letter === 'F') listedGiven.add(phrase);
      else if (letter === 'S') listedFamily.add(phrase);
      else types |= 1 << LETTERS.indexOf(letter);
    }
    if (types !== 0) phrases.set(phrase, country ? { types, country } : { types });
  }
  return { ...createGazetteer(phrases), listedGiven, listedFamily };
}

/**
 * Marks the longest gazetteer phrase starting at each token, left to right, without overlaps:
 * in "New York Stock Exchange" the organization wins over the city.
 *
 * @example
 * markGazetteer(gaz, ['in', 'New', 'York']).begin[1] // bit of LOC
 */
export function markGazetteer(gazetteer: Gazetteer, lower: readonly string[]): GazetteerMarks {
  const n = lower.length;
  const begin = new Uint8Array(n);
  const inside = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    let key = lower[i] ?? '';
    let best = 0;
    let types = 0;
    for (let len = 1; len <= gazetteer.maxLength && i + len <= n; len++) {
      if (len > 1) key += ` ${lower[i + len - 1] ?? ''}`;
      const entry = gazetteer.phrases.get(key);
      if (entry) {
        best = len;
        types = entry.types;
      }
      if (!gazetteer.prefixes.has(key)) break;
    }
    if (best === 0) {
      i++;
      continue;
    }
    begin[i] = types;
    for (let k = i + 1; k < i + best; k++) inside[k] = types;
    i += best;
  }
  return { begin, inside };
}
