import type { Gazetteer } from '../../geo/gazetteer.js';
import type { GazetteerEntry } from '../../geo/types.js';
import { COMPASS_WORDS } from '../../geo/compass.js';
import { distanceKm } from '../../geo/distance.js';
import { beliefOf, type Belief } from './belief.js';
import { CONTEXT_ROUNDS, COUNTRY_BONUS, COUNTY_FOCUS, DIVISION_BONUS, DIVISION_MIN_VOTE, liesIn, NEAR_BONUS, NEAR_KM, PAIR_BONUS, prior, QUALIFIER_BONUS } from './score.js';
import type { Toponym } from './toponym.js';

/** What the article says about where it is, gathered from toponyms resolved without context. */
interface Context {
  /** ISO alpha-3 → weight of the toponyms resolved to it or inside it. */
  readonly countries: Map<string, number>;
  /** `<alpha-3>-<division code>` of every division named or containing a named city. */
  readonly divisions: Map<string, number>;
}

/** Index of the toponym that qualifies each one ("Texas" for "Paris" in "Paris, Texas"). */
export function qualifiers(text: string, toponyms: readonly Toponym[]): Map<number, number> {
  const out = new Map<number, number>();
  toponyms.forEach((t, i) => {
    const next = toponyms[i + 1];
    if (next && next.tokenStart === t.tokenEnd + 1 && /^\s*,\s*$/.test(text.slice(t.end, next.start)) && next.source !== 'demonym') out.set(i, i + 1);
  });
  return out;
}

/** A town or county: the places local news names together. */
const isLocal = (e: GazetteerEntry): boolean => e.placeClass === 'city' || e.placeClass === 'admin2';

function best(gaz: Gazetteer, candidates: readonly number[], score: (e: GazetteerEntry) => number): number | undefined {
  let top: number | undefined;
  let topScore = -Infinity;
  for (const i of candidates) {
    const s = score(gaz.entries[i]!);
    if (s > topScore) [top, topScore] = [i, s];
  }
  return top;
}

/** Words after a name that make it a county or township, which the gazetteer does not list. */
const COUNTY = / (county|parish|borough|township)$/;

/** A division named with its kind: "state of ohio", "province of ontario", "washington state". */
const STATE = /^(?:(?:state|province) of (.+)|(.+) state)$/;

/** A city named with its area: "Metropolitan Atlanta", "downtown Dallas". */
const METRO = /^(?:metropolitan|metro|greater|downtown) (.+)$/;

/** A town named with its kind: "Quebec City", "city of Edwardsville", "town of Groton". */
const TOWN = /^(?:(?:city|town|village) of (.+)|(.+) city)$/;

/** A compass word before a name: "East Texas", "northern Syria" are parts of the place named. */
const DIRECTION = new RegExp(`^(${COMPASS_WORDS.join('|')}) `);

/**
 * The entries a name may be. A county the gazetteer lacks ("Anderson County") takes the towns of
 * its stem ("Anderson"): a county is mostly named for the town at its seat, and lies within tens
 * of kilometres of it, so the article's context picks the right one. A part named by a compass
 * word ("East Texas") takes the whole place, unless the gazetteer has the part ("West Virginia").
 * A town named with its kind ("Quebec City", "town of Groton") or its area ("Metropolitan
 * Atlanta") takes the towns of its name.
 */
export function candidatesOf(gaz: Gazetteer, key: string): readonly number[] {
  const direct = gaz.byName.get(key);
  if (direct) return direct;
  const direction = DIRECTION.exec(key);
  if (direction) return gaz.byName.get(key.slice(direction[0].length)) ?? [];
  // "State of Ohio", "Washington state": the division, not its namesake towns.
  const state = STATE.exec(key);
  if (state) return (gaz.byName.get(state[1] ?? state[2] ?? '') ?? []).filter((i) => gaz.entries[i]!.placeClass === 'admin1');
  // "Quebec City", "city of Edwardsville": the town, not the province or county of its name.
  const town = TOWN.exec(key);
  if (town) return (gaz.byName.get(town[1] ?? town[2] ?? '') ?? []).filter((i) => gaz.entries[i]!.placeClass === 'city');
  // "Metropolitan Atlanta", "downtown Dallas": the city (the gazetteer has "Greater London" itself).
  const metro = METRO.exec(key);
  if (metro) return (gaz.byName.get(metro[1]!) ?? []).filter((i) => gaz.entries[i]!.placeClass === 'city');
  const county = COUNTY.exec(key);
  if (!county) return [];
  return (gaz.byName.get(key.slice(0, county.index)) ?? []).filter((i) => gaz.entries[i]!.placeClass === 'city');
}

/** The name a toponym is resolved under: "Northeast Georgia" is one sense with "Georgia" (one sense per article). */
function senseKey(gaz: Gazetteer, key: string): string {
  if (gaz.byName.has(key)) return key;
  const direction = DIRECTION.exec(key);
  return direction ? key.slice(direction[0].length) : key;
}

/**
 * A division whose seat has its name is named for the city more often than for itself: "Geneva"
 * is Genève before the canton of Geneva.
 */
function seatOverDivision(gaz: Gazetteer, candidates: readonly number[], top: number | undefined): number | undefined {
  const division = top === undefined ? undefined : gaz.entries[top];
  if (!division || division.placeClass !== 'admin1') return top;
  const seat = candidates.find((i) => gaz.entries[i]!.featureCode === 'PPLA' && liesIn(gaz, gaz.entries[i]!, division));
  return seat ?? top;
}

/**
 * Resolves each toponym to a gazetteer index (undefined when the gazetteer has no such name).
 * One sense per article (a compass part, "Northeast Georgia", counts as its whole): every mention
 * of a name gets the same entry, and a qualifier on any mention ("Paris, Texas" … "Paris") counts
 * for all. The first pass scores each name's senses by prior and qualifiers alone, and shares the
 * name's belief among them ({@link beliefOf}); the countries and divisions of these beliefs are
 * the context of the second pass, each name discounting its own belief so it cannot confirm
 * itself. A third pass adds {@link NEAR_BONUS} to towns and counties near the towns and counties
 * the second pass chose for the article's other names, and {@link PAIR_BONUS} to a town or county
 * near any county sense of another name (or a county near any town sense). Beliefs are then
 * taken again from the third pass's scores and the second and third passes rerun,
 * {@link CONTEXT_ROUNDS} rounds in all: names settled by their neighbours anchor the others.
 */
export function resolveToponyms(text: string, toponyms: readonly Toponym[], gaz: Gazetteer): (number | undefined)[] {
  const quals = qualifiers(text, toponyms);
  const keys = toponyms.map((t) => senseKey(gaz, t.key));
  const byKey = new Map<string, number[]>();
  toponyms.forEach((t, i) => {
    if (t.source === 'demonym' || t.source === 'local') return;
    const list = byKey.get(keys[i]!);
    if (list) list.push(i);
    else byKey.set(keys[i]!, [i]);
  });
  const demonymCountry = (t: Toponym): number | undefined =>
    t.country !== undefined ? gaz.countries.get(t.country) : gaz.byDemonym.get(t.key);
  // Each name's candidates, looked up once: the context rounds score them again and again.
  const candidateLists = new Map<string, readonly number[]>();
  const candidatesOfKey = (key: string): readonly number[] => {
    let list = candidateLists.get(key);
    if (!list) candidateLists.set(key, (list = candidatesOf(gaz, key)));
    return list;
  };

  // The qualifier entries a name has anywhere in the article, resolved by prior alone.
  const qualifierEntries = new Map<string, GazetteerEntry[]>();
  for (const [i, q] of quals) {
    const qt = toponyms[q]!;
    // A qualifier is a division or country: "Ontario" after "Toronto, " is the province, though
    // alone the Californian city would outrank it.
    const qi = best(gaz, candidatesOfKey(qt.key).filter((c) => gaz.entries[c]!.placeClass !== 'city'), prior);
    const entry = qi === undefined ? undefined : gaz.entries[qi];
    if (!entry) continue;
    const key = keys[i]!;
    qualifierEntries.set(key, [...(qualifierEntries.get(key) ?? []), entry]);
  }
  const base = (key: string) => (e: GazetteerEntry): number =>
    prior(e) + ((qualifierEntries.get(key) ?? []).some((q) => liesIn(gaz, e, q)) ? QUALIFIER_BONUS : 0);

  const senseLists = new Map<string, readonly GazetteerEntry[]>();
  const sensesOf = (key: string): readonly GazetteerEntry[] => {
    let list = senseLists.get(key);
    if (!list) senseLists.set(key, (list = candidatesOfKey(key).map((i) => gaz.entries[i]!)));
    return list;
  };
  // The town and county senses of every name: a county and a town (or two counties) the article
  // names that lie together settle each other ("Paris" and "Henry County": Paris, Tennessee).
  const localSenses = new Map<string, GazetteerEntry[]>();
  for (const key of byKey.keys()) localSenses.set(key, sensesOf(key).filter(isLocal));
  const pairedSenses = new Map<string, Set<GazetteerEntry>>();
  for (const [key, mine] of localSenses) {
    pairedSenses.set(key, new Set(mine.filter((e) => [...localSenses].some(([other, senses]) =>
      other !== key && senses.some((o) => (o.placeClass === 'admin2' || e.placeClass === 'admin2') && distanceKm(o.lat, o.lon, e.lat, e.lon) <= NEAR_KM)))));
  }

  /**
   * One round of context: the beliefs of every name (and the article's demonyms) make the
   * countries and divisions of the second pass, each name discounting its own belief; the
   * second pass's towns and counties are the anchors of the third.
   */
  const contextRound = (beliefs: ReadonlyMap<string, Belief | undefined>) => {
    const ctx: Context = { countries: new Map(), divisions: new Map() };
    let total = 0;
    for (const b of beliefs.values()) {
      if (!b) continue;
      for (const [c, share] of b.countries) ctx.countries.set(c, (ctx.countries.get(c) ?? 0) + b.weight * share);
      for (const [d, share] of b.divisions) ctx.divisions.set(d, (ctx.divisions.get(d) ?? 0) + b.weight * share);
      total += b.weight;
    }
    for (const t of toponyms) {
      const c = t.source === 'demonym' ? demonymCountry(t) : undefined;
      const country = c === undefined ? undefined : gaz.entries[c]!.country;
      if (country === undefined) continue;
      ctx.countries.set(country, (ctx.countries.get(country) ?? 0) + 1);
      total += 1;
    }

    const second = new Map<string, number | undefined>();
    const scorers = new Map<string, (e: GazetteerEntry) => number>();
    for (const key of byKey.keys()) {
      const mine = beliefs.get(key);
      const rest = total - (mine?.weight ?? 0);
      const baseScore = base(key);
      const score = (e: GazetteerEntry): number => {
        let s = baseScore(e);
        if (e.country && rest > 0) {
          const selfVote = mine ? mine.weight * (mine.countries.get(e.country) ?? 0) : 0;
          s += (COUNTRY_BONUS * ((ctx.countries.get(e.country) ?? 0) - selfVote)) / rest;
        }
        if ((e.placeClass === 'city' || e.placeClass === 'admin2' || e.placeClass === 'admin1') && e.country && e.admin1) {
          const division = `${e.country}-${e.admin1}`;
          const selfVote = mine ? mine.weight * (mine.divisions.get(division) ?? 0) : 0;
          const votes = (ctx.divisions.get(division) ?? 0) - selfVote;
          if (votes >= DIVISION_MIN_VOTE) s += DIVISION_BONUS;
          if (e.placeClass === 'admin2' && votes > 0 && rest > 0) s += (COUNTY_FOCUS * votes) / rest;
        }
        return s;
      };
      scorers.set(key, score);
      second.set(key, seatOverDivision(gaz, candidatesOfKey(key), best(gaz, candidatesOfKey(key), score)));
    }

    // Third pass: a town or county near another town or county the article names is the local one.
    const anchors: { key: string; entry: GazetteerEntry }[] = [];
    for (const [key, at] of second) {
      const entry = at === undefined ? undefined : gaz.entries[at];
      if (entry && isLocal(entry)) anchors.push({ key, entry });
    }
    const resolved = new Map<string, number | undefined>();
    const finals = new Map<string, (e: GazetteerEntry) => number>();
    for (const key of byKey.keys()) {
      const score = scorers.get(key)!;
      const paired = pairedSenses.get(key)!;
      const near = (e: GazetteerEntry): boolean =>
        isLocal(e) && anchors.some((a) => a.key !== key && distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon) <= NEAR_KM);
      const final = (e: GazetteerEntry): number => score(e) + (near(e) ? NEAR_BONUS : 0) + (paired.has(e) ? PAIR_BONUS : 0);
      finals.set(key, final);
      resolved.set(key, seatOverDivision(gaz, candidatesOfKey(key), best(gaz, candidatesOfKey(key), final)));
    }
    return { resolved, anchors, finals };
  };

  const beliefs = (score: (key: string) => (e: GazetteerEntry) => number): Map<string, Belief | undefined> =>
    new Map([...byKey].map(([key, mentions]) => [key, beliefOf(sensesOf(key), mentions.length, score(key))]));
  let round = contextRound(beliefs(base));
  for (let r = 1; r < CONTEXT_ROUNDS; r++) {
    const finals = round.finals;
    round = contextRound(beliefs((key) => finals.get(key)!));
  }
  const { resolved, anchors } = round;
  // A town's name the tagger typed otherwise is a place only as a town near the article's others.
  const local = (key: string): number | undefined => {
    if (resolved.has(key)) return resolved.get(key);
    const nearby = candidatesOfKey(key).filter((i) => {
      const e = gaz.entries[i]!;
      return e.placeClass === 'city' && anchors.some((a) => distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon) <= NEAR_KM);
    });
    return best(gaz, nearby, prior);
  };
  return toponyms.map((t, i) => (t.source === 'demonym' ? demonymCountry(t) : t.source === 'local' ? local(keys[i]!) : resolved.get(keys[i]!)));
}
