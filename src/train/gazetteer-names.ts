/**
 * Given names and family names from the installed npm lists `@faker-js/faker` (every locale's
 * person names) and `human-names` (popular given names in six languages), for the tagger
 * gazetteer's `F` and `S` lines. Used by `src/train/gazetteer.ts` only, at build time.
 */
import { createRequire } from 'node:module';
import { foldAccents } from './gazetteer-npm.js';

/** A faker name list: plain, or split by sex (`female`, `male`, `generic`). */
type NameList = readonly string[] | Readonly<Record<string, readonly string[]>>;

interface FakerLocale {
  readonly person?: { readonly first_name?: NameList; readonly last_name?: NameList };
}

/** The exports of `human-names`: lists such as `allEn` (every name of a language) beside functions. */
type HumanNames = Readonly<Record<string, unknown>>;

const require = createRequire(import.meta.url);

/** A name word after accent folding, as the tagger lower-cases it: Latin letters, three or more. */
const NAME_WORD = /^[a-z][a-z'-]*[a-z]$/;

function flatten(list: NameList | undefined): readonly string[] {
  if (!list) return [];
  return Array.isArray(list) ? list : Object.values(list as Record<string, readonly string[]>).flat();
}

function normalized(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const key = foldAccents(name).toLowerCase();
    if (NAME_WORD.test(key)) out.add(key);
  }
  return out;
}

/**
 * Lower-cased, accent-folded given and family names. Names in other scripts (Cyrillic, Greek,
 * Arabic…) are left out: news in English writes them transliterated, not as the lists do.
 */
export async function personNames(): Promise<{ given: Set<string>; family: Set<string> }> {
  const { allLocales } = (await import('@faker-js/faker')) as unknown as { allLocales: Readonly<Record<string, FakerLocale>> };
  const given: string[] = [];
  const family: string[] = [];
  for (const locale of Object.values(allLocales)) {
    given.push(...flatten(locale.person?.first_name));
    family.push(...flatten(locale.person?.last_name));
  }
  const human = require('human-names') as HumanNames;
  for (const [key, names] of Object.entries(human)) if (key.startsWith('all') && Array.isArray(names)) given.push(...names);
  return { given: normalized(given), family: normalized(family) };
}
