import type { Gazetteer } from '../../geo/gazetteer.js';
import type { GazetteerEntry } from '../../geo/types.js';
import { COUNTRY_BONUS, DIVISION_BONUS, liesIn, prior, QUALIFIER_BONUS } from './score.js';
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

/** A compass word before a name: "East Texas", "northern Syria" are parts of the place named. */
const DIRECTION = /^(north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern) /;

/**
 * The entries a name may be. A county the gazetteer lacks ("Anderson County") takes the towns of
 * its stem ("Anderson"): a county is mostly named for the town at its seat, and lies within tens
 * of kilometres of it, so the article's context picks the right one. A part named by a compass
 * word ("East Texas") takes the whole place, unless the gazetteer has the part ("West Virginia").
 */
export function candidatesOf(gaz: Gazetteer, key: string): readonly number[] {
  const direct = gaz.byName.get(key);
  if (direct) return direct;
  const direction = DIRECTION.exec(key);
  if (direction) return gaz.byName.get(key.slice(direction[0].length)) ?? [];
  const county = COUNTY.exec(key);
  if (!county) return [];
  return (gaz.byName.get(key.slice(0, county.index)) ?? []).filter((i) => gaz.entries[i]!.placeClass === 'city');
}

/**
 * A division whose seat has its name is named for the city more often than for itself: "Geneva"
 * is Genève before the canton of Geneva.
 */
function seatOverDivision(gaz: Gazetteer, candidates: readonly number[], top: number | undefined): number | undefined {
  const division = top === undefined ? undefined : gaz.entries[top];
  if (!division || division.placeClass !== 'admin1') return top;
  const seat = candidates.find((i) => gaz.entries[i]!.featureCode === 'PPLA' && liesIn(gaz.entries[i]!, division));
  return seat ?? top;
}

/**
 * Resolves each toponym to a gazetteer index (undefined when the gazetteer has no such name).
 * One sense per article: every mention of a name gets the same entry, and a qualifier on any
 * mention ("Paris, Texas" … "Paris") counts for all. Two passes: the first resolves by prior and
 * qualifiers alone; its countries and divisions are the context of the second, each name
 * discounting its own first-pass vote so it cannot confirm itself.
 */
export function resolveToponyms(text: string, toponyms: readonly Toponym[], gaz: Gazetteer): (number | undefined)[] {
  const quals = qualifiers(text, toponyms);
  const byKey = new Map<string, number[]>();
  toponyms.forEach((t, i) => {
    if (t.source === 'demonym') return;
    const list = byKey.get(t.key);
    if (list) list.push(i);
    else byKey.set(t.key, [i]);
  });
  const demonymCountry = (t: Toponym): number | undefined =>
    t.country !== undefined ? gaz.countries.get(t.country) : gaz.byDemonym.get(t.key);

  // The qualifier entries a name has anywhere in the article, resolved by prior alone.
  const qualifierEntries = new Map<string, GazetteerEntry[]>();
  for (const [i, q] of quals) {
    const qt = toponyms[q]!;
    const qi = best(gaz, candidatesOf(gaz, qt.key), prior);
    const entry = qi === undefined ? undefined : gaz.entries[qi];
    if (!entry || entry.placeClass === 'city') continue;
    const key = toponyms[i]!.key;
    qualifierEntries.set(key, [...(qualifierEntries.get(key) ?? []), entry]);
  }
  const base = (key: string) => (e: GazetteerEntry): number =>
    prior(e) + ((qualifierEntries.get(key) ?? []).some((q) => liesIn(e, q)) ? QUALIFIER_BONUS : 0);

  const first = new Map<string, number | undefined>();
  for (const key of byKey.keys()) first.set(key, best(gaz, candidatesOf(gaz, key), base(key)));

  const vote = (ctx: Context, e: GazetteerEntry, weight: number): void => {
    if (e.country) ctx.countries.set(e.country, (ctx.countries.get(e.country) ?? 0) + weight);
    if (e.country && e.admin1) ctx.divisions.set(`${e.country}-${e.admin1}`, (ctx.divisions.get(`${e.country}-${e.admin1}`) ?? 0) + weight);
  };
  const ctx: Context = { countries: new Map(), divisions: new Map() };
  let total = 0;
  const own = new Map<string, { entry: GazetteerEntry; weight: number }>();
  for (const [key, indexes] of byKey) {
    const at = first.get(key);
    if (at === undefined) continue;
    const entry = gaz.entries[at]!;
    own.set(key, { entry, weight: indexes.length });
    vote(ctx, entry, indexes.length);
    total += indexes.length;
  }
  for (const t of toponyms) {
    const c = t.source === 'demonym' ? demonymCountry(t) : undefined;
    if (c === undefined) continue;
    vote(ctx, gaz.entries[c]!, 1);
    total += 1;
  }

  const resolved = new Map<string, number | undefined>();
  for (const key of byKey.keys()) {
    const mine = own.get(key);
    const score = (e: GazetteerEntry): number => {
      let s = base(key)(e);
      if (e.country) {
        const selfVote = mine && mine.entry.country === e.country ? mine.weight : 0;
        const rest = total - (mine?.weight ?? 0);
        if (rest > 0) s += (COUNTRY_BONUS * ((ctx.countries.get(e.country) ?? 0) - selfVote)) / rest;
      }
      if ((e.placeClass === 'city' || e.placeClass === 'admin2') && e.country && e.admin1) {
        const division = `${e.country}-${e.admin1}`;
        const selfVote = mine && mine.entry.country === e.country && mine.entry.admin1 === e.admin1 ? mine.weight : 0;
        if ((ctx.divisions.get(division) ?? 0) - selfVote > 0) s += DIVISION_BONUS;
      }
      return s;
    };
    resolved.set(key, seatOverDivision(gaz, candidatesOf(gaz, key), best(gaz, candidatesOf(gaz, key), score)));
  }
  return toponyms.map((t) => (t.source === 'demonym' ? demonymCountry(t) : resolved.get(t.key)));
}
