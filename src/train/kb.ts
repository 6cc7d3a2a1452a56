/**
 * Compiles the actor knowledge base `models/kb.json.gz` from the PETRARCH-2 Phoenix actor and
 * agent dictionaries and CountryInfo.txt under the data folder (default `../shared/data`).
 * Run: `node dist/train/kb.js [--data DIR] [--updates FILE] [--out FILE]`; `data/actor-updates.txt`,
 * the team's list of officeholders since the dictionaries' last revision, is read last.
 *
 * Kinds come from the sources, not from lists: a Phoenix block from CountryInfo's leader lists or
 * with dated codes is a person; a block coded with a bare country code is that country (when it
 * carries the country's name) or a place in it; non-state armed groups are groups; anything else
 * coded is an organization. CountryInfo adds each country's demonyms, capitals and major cities,
 * the npm package `world-countries` further official names, spellings, demonyms and capitals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeName } from '../kb/normalize.js';
import type { ActorCode, KbData, KbEntry, KbKind } from '../kb/types.js';
import { flag, onlyFlags } from './args.js';
import { readActorBlocks, type ActorBlock } from './kb-actors.js';
import { readAgents } from './kb-agents.js';
import { readCountryInfo, type CountryInfo } from './kb-countryinfo.js';
import { readWorldCountries, type WorldCountry } from './kb-world-countries.js';
import { displayName } from './kb-names.js';

/** Nationality forms that read as adjectives ("russian", "chinese", "turkish"), not names ("russia"). */
const ADJECTIVE = /(an|ese|ish|i|ic|ch|k|ss|ot|ine)$/;

/** An adjectival nationality form; short forms are abbreviations ("UK", "US"), never adjectives. */
function isDemonym(key: string): boolean {
  return key.length > 3 && ADJECTIVE.test(key);
}

/** Words two names may share without being the same place ("republic of …", "the …"). */
const JOINERS = new Set(['the', 'of', 'and', 'a', 'republic', 'state', 'states', 'islands', 'island', 'democratic', 'federal', 'people', 'peoples']);

/** An entry while it is being built: aliases as a set so merged blocks do not repeat them. */
interface Draft {
  name: string;
  kind: KbKind;
  aliases: Set<string>;
  country?: string;
  codes: ActorCode[];
  demonyms: Set<string>;
  capitalOf?: string;
}

function draft(name: string, kind: KbKind, codes: ActorCode[], country?: string): Draft {
  return { name, kind, aliases: new Set([normalizeName(name)]), codes, demonyms: new Set(), ...(country ? { country } : {}) };
}

function isBareCountry(codes: readonly ActorCode[], countries: ReadonlySet<string>): boolean {
  return codes.length > 0 && codes.every((c) => c.code.length === 3 && countries.has(c.code) && !c.from && !c.to);
}

/** A country entry per CountryInfo country, its cities and capitals as place entries. */
function countryDrafts(infos: readonly CountryInfo[]): { countries: Map<string, Draft>; places: Map<string, Draft> } {
  const countries = new Map<string, Draft>();
  const places = new Map<string, Draft>();
  for (const info of infos) {
    // A territory coded as its parent ("JERSEY" is GBR, "so code to the UK proper") is a place in
    // it; it must not replace the parent's country entry.
    const parent = countries.has(info.iso3);
    const country = draft(displayName(info.name), parent ? 'place' : 'country', [{ code: info.iso3 }], info.iso3);
    for (const form of info.nationality) {
      const key = normalizeName(form);
      (isDemonym(key) && !parent ? country.demonyms : country.aliases).add(key);
    }
    if (parent) places.set(`${normalizeName(info.name)}|${info.iso3}`, country);
    else countries.set(info.iso3, country);
    for (const [list, capital] of [[info.capitals, true], [info.places, false]] as const) {
      for (const raw of list) {
        const key = `${normalizeName(raw)}|${info.iso3}`;
        const place = places.get(key) ?? draft(displayName(raw), 'place', [{ code: info.iso3 }], info.iso3);
        if (capital) place.capitalOf = info.iso3;
        places.set(key, place);
      }
    }
  }
  return { countries, places };
}

/**
 * Adds the names, demonyms and capitals `world-countries` knows to the CountryInfo countries it
 * shares a code with ("Russian Federation", "Czechia", "Washington D.C."); countries CountryInfo
 * lacks are left to it, whose codes the dictionaries use.
 */
function addWorldCountries(world: readonly WorldCountry[], countries: Map<string, Draft>, places: Map<string, Draft>): void {
  for (const c of world) {
    const country = countries.get(c.iso3);
    if (!country) continue;
    for (const name of c.names) country.aliases.add(normalizeName(name));
    for (const demonym of c.demonyms) {
      const key = normalizeName(demonym);
      if (!country.aliases.has(key)) country.demonyms.add(key);
    }
    for (const capital of c.capitals) {
      const key = `${normalizeName(capital)}|${c.iso3}`;
      const place = places.get(key) ?? draft(capital, 'place', [{ code: c.iso3 }], c.iso3);
      place.capitalOf = c.iso3;
      places.set(key, place);
    }
  }
}

function blockKind(block: ActorBlock, file: string, countries: ReadonlySet<string>): KbKind {
  if (block.leader || block.codes.some((c) => (c.from || c.to) && c.code.length > 3)) return 'person';
  if (isBareCountry(block.codes, countries)) return 'place';
  return file.includes('MilNonState') ? 'group' : 'organization';
}

/**
 * Folds the Phoenix blocks into the drafts: country blocks into their country, others as entries.
 * Blocks of an `update` file replace the codes of the identity they name instead of adding to them,
 * so a term the dictionaries left open can be closed.
 */
function addBlocks(
  file: string,
  blocks: readonly ActorBlock[],
  countries: Map<string, Draft>,
  places: Map<string, Draft>,
  byPrimary: Map<string, Draft>,
  out: Draft[],
  update = false,
): void {
  const iso = new Set(countries.keys());
  const placeKeys = new Set([...places.keys()].map((k) => k.split('|')[0]));
  for (const block of blocks) {
    const kind = blockKind(block, file, iso);
    const keys = block.names.map(normalizeName).filter((k) => k.length > 0);
    const first = block.codes[0]?.code.slice(0, 3);
    const country = first && iso.has(first) ? first : undefined;
    const target = kind === 'place' && country ? countries.get(country) : undefined;
    if (target && keys.some((k) => target.aliases.has(k) || target.demonyms.has(k))) {
      // A country block also lists its cities ("+MOSCOW_" under RUSSIAN_FEDERATION, "+SOCHI"):
      // only synonyms sharing a word with a CountryInfo name of the country ("the usa", "united
      // stats") are the country; the others are places in it.
      const words = new Set([...target.aliases].flatMap((a) => a.split(' ')));
      for (const k of keys) {
        if (placeKeys.has(k) || target.demonyms.has(k)) continue;
        if (k.split(' ').some((w) => words.has(w) && !JOINERS.has(w))) target.aliases.add(k);
        else if (country) {
          const place = places.get(`${k}|${country}`) ?? draft(displayName(block.names[keys.indexOf(k)] ?? k), 'place', [{ code: country }], country);
          places.set(`${k}|${country}`, place);
        }
      }
      continue;
    }
    // Blocks with one primary name are one identity: BASHAR_AL_ASSAD_ has his dated codes in one
    // block and the "ASSAD" synonym in another.
    const primary = keys[0] ?? '';
    const same = byPrimary.get(primary);
    if (same) {
      for (const k of keys) same.aliases.add(k);
      if (update) same.codes.length = 0;
      same.codes.push(...block.codes.filter((c) => !same.codes.some((s) => s.code === c.code && s.from === c.from && s.to === c.to)));
      if (kind === 'person') same.kind = 'person';
      continue;
    }
    const entry = draft(displayName(block.names[0] ?? ''), kind, block.codes, country);
    for (const k of keys) entry.aliases.add(k);
    byPrimary.set(primary, entry);
    out.push(entry);
  }
}

function slug(name: string): string {
  return normalizeName(name).replace(/ /g, '-') || 'x';
}

/** Final entries with stable ids: `country:ISO3`, else `kind:slug`, numbered on a clash. */
function finish(drafts: readonly Draft[]): KbEntry[] {
  const used = new Map<string, number>();
  return drafts.map((d) => {
    const base = d.kind === 'country' && d.country ? `country:${d.country}` : `${d.kind}:${slug(d.name)}${d.kind === 'place' && d.country ? `-${d.country.toLowerCase()}` : ''}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      name: d.name,
      kind: d.kind,
      aliases: [...d.aliases].filter((a) => a.length > 0),
      ...(d.country ? { country: d.country } : {}),
      codes: d.codes,
      ...(d.demonyms.size > 0 ? { demonyms: [...d.demonyms] } : {}),
      ...(d.capitalOf ? { capitalOf: d.capitalOf } : {}),
    };
  });
}

function main(): void {
  onlyFlags(['data', 'out', 'updates'], []);
  const data = flag('data') ?? '../shared/data';
  const out = flag('out') ?? 'models/kb.json.gz';
  const updates = flag('updates') ?? 'data/actor-updates.txt';
  const dictionaries = join(data, 'petrarch2/dictionaries');
  const { countries, places } = countryDrafts(readCountryInfo(readFileSync(join(data, 'countryinfo/CountryInfo.120116.txt'), 'latin1')));
  addWorldCountries(readWorldCountries(), countries, places);
  const others: Draft[] = [];
  const byPrimary = new Map<string, Draft>();
  for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    addBlocks(file, readActorBlocks(readFileSync(join(dictionaries, file), 'utf8')), countries, places, byPrimary, others);
  }
  // The team's own file of officeholders since the dictionaries' last revision; see its header.
  addBlocks(updates, readActorBlocks(readFileSync(updates, 'utf8')), countries, places, byPrimary, others, true);
  const agents = readAgents(readFileSync(join(dictionaries, 'Phoenix.agents.txt'), 'utf8'));
  const kb: KbData = { entries: finish([...countries.values(), ...places.values(), ...others]), agents };
  writeFileSync(out, gzipSync(JSON.stringify(kb), { level: 9 }));
  const kinds = new Map<string, number>();
  for (const e of kb.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  process.stdout.write(`kb: ${kb.entries.length} entries (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ${Object.keys(agents).length} agent phrases → ${out}\n`);
}

main();
