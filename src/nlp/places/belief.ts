import type { GazetteerEntry } from '../../geo/types.js';

/**
 * What one name of an article says about where the article is: how its belief is shared among
 * the countries and divisions of its senses, and how many mentions it has.
 */
export interface Belief {
  /** Mentions of the name in the article. */
  readonly weight: number;
  /** ISO alpha-3 → share of the name's belief (the shares of a name sum to at most 1). */
  readonly countries: ReadonlyMap<string, number>;
  /** `<alpha-3>-<division code>` → share of the name's belief. */
  readonly divisions: ReadonlyMap<string, number>;
}

/**
 * How sharply scores become beliefs: a sense's share grows as 10^score. Scores are on a log10
 * scale of population ({@link prior}), so a name's belief in each sense is in proportion to its
 * population once context points are counted: "Ontario" (a province with no listed towns, a
 * Californian city of 170,000) votes for both countries, not all for the first.
 */
const SHARPNESS = Math.LN10;

/** Shares below this are left out: they cannot change a choice and would fill the maps. */
const NEGLIGIBLE = 1e-4;

/**
 * The belief of a name with `weight` mentions over the countries and divisions of its senses
 * (gazetteer entries), each sense's share in proportion to 10^score. Undefined when it has none.
 *
 * @example
 * beliefOf([paris, parisTexas], 1, prior).countries.get('FRA') // nearly 1: the capital scores 5 points more
 */
export function beliefOf(senses: readonly GazetteerEntry[], weight: number, score: (e: GazetteerEntry) => number): Belief | undefined {
  if (senses.length === 0) return undefined;
  const scores = senses.map(score);
  const top = Math.max(...scores);
  const odds = scores.map((s) => Math.exp(SHARPNESS * (s - top)));
  const sum = odds.reduce((a, b) => a + b, 0);
  const countries = new Map<string, number>();
  const divisions = new Map<string, number>();
  senses.forEach((e, i) => {
    const share = odds[i]! / sum;
    if (share < NEGLIGIBLE || !e.country) return;
    countries.set(e.country, (countries.get(e.country) ?? 0) + share);
    if (e.admin1) divisions.set(`${e.country}-${e.admin1}`, (divisions.get(`${e.country}-${e.admin1}`) ?? 0) + share);
  });
  return { weight, countries, divisions };
}
