import { distanceKm } from '../../geo/distance.js';
import type { Gazetteer } from '../../geo/gazetteer.js';
import type { GazetteerEntry } from '../../geo/types.js';

/**
 * How likely an entry is for a bare name, before context: countries and named regions first (news
 * names them most and they have no namesakes worth the name), then divisions, then cities by
 * population, national capitals and division seats raised. Log scale: a city ten times larger
 * scores one point more.
 */
export function prior(e: GazetteerEntry): number {
  switch (e.placeClass) {
    case 'country':
      return 14;
    case 'continent':
      return 13;
    case 'region':
    case 'water':
      return 12;
    case 'admin1':
      // Divisions without listed cities (many outside the US) rank below any real town.
      return 5 + 0.5 * Math.log10(e.population + 1);
    case 'admin2':
      // A county is named with its "County": its namesakes are other counties, ranked by their towns.
      return 4 + 0.5 * Math.log10(e.population + 1);
    case 'city': {
      const seat = e.featureCode === 'PPLC' ? 3.5 : e.featureCode === 'PPLA' ? 1 : e.featureCode === 'PPLA2' ? 0.5 : 0;
      return Math.log10(e.population + 1) + seat;
    }
  }
}

/** A qualifier's division this far from a city still contains it when the codes disagree (codes differ between the packages outside the US). */
const DIVISION_REACH_KM = 300;

/**
 * Whether `e` lies in the place `q` that qualifies it ("Paris, Texas": Paris in Texas). A country
 * contains its cities and divisions; a division contains cities and counties with its code. When
 * the town's code is not a division code of the gazetteer (GeoNames numbers Canada's provinces,
 * "08" for Ontario, where the divisions carry "ON"), a division contains what lies near it; where
 * the codes match (US states), Washington, New Jersey does not lie in New York however near.
 */
export function liesIn(gaz: Pick<Gazetteer, 'divisionCodes'>, e: GazetteerEntry, q: GazetteerEntry): boolean {
  if (e === q || !e.country || e.country !== q.country) return false;
  if (q.placeClass === 'country') return true;
  if (q.placeClass !== 'admin1' || (e.placeClass !== 'city' && e.placeClass !== 'admin2')) return false;
  if (e.admin1 === q.admin1) return true;
  if (e.admin1 !== undefined && gaz.divisionCodes.has(`${e.country}-${e.admin1}`)) return false;
  return distanceKm(e.lat, e.lon, q.lat, q.lon) < DIVISION_REACH_KM;
}

/** Points a qualifier adds: enough to lift a town of 3,000 over a capital of millions. */
export const QUALIFIER_BONUS = 20;
/** Points for a candidate in the article's dominant country, times that country's share of the evidence. */
export const COUNTRY_BONUS = 7;
/**
 * Points for a city or county in a division the article names elsewhere ("Alexandria" beside
 * "Louisiana"), and for a division the article's other places lie in ("Georgia" beside "Oconee County").
 */
export const DIVISION_BONUS = 2;
/**
 * Points for a town or county within {@link NEAR_KM} of another town or county the article names:
 * local news names its neighbourhood ("Palestine" beside "Anderson County" is Palestine, Texas).
 * 3 and 50 km measured best among 3–8 points and 50–100 km on both corpora.
 */
export const NEAR_BONUS = 3;
/**
 * Points for a town or county within {@link NEAR_KM} of any county sense of another name the
 * article gives (a county: of any town sense), chosen or not: "Paris" and "Henry County" are
 * each ambiguous, but only Paris, Tennessee lies in a Henry County, so the pair settles both. Town
 * pairs are left out: English town names recur together abroad (Manchester and Colchester in New
 * England). 2 measured against 3 and 4 on both corpora.
 */
export const PAIR_BONUS = 2;
/**
 * Points for a county, times the share of the article's other names that lie in its state: a
 * county is named in the news of its own state, so "Douglas County" among Minnesota towns is
 * Minnesota's, though Nebraska's (Omaha) is 30 times larger; the flat {@link DIVISION_BONUS}
 * goes to every state a few namesakes of the article's towns lie in. Towns are left out: a
 * sports page's "Portland" among Texas teams is still Oregon's city, not Portland, Texas. 5
 * measured against 1, 2, 3 and 8 on both corpora (towns too: LGL +14, GeoWebNews −3 mentions).
 */
export const COUNTY_FOCUS = 5;
/**
 * How much of a name's belief ({@link Belief}) a division needs from the article's other names
 * to earn {@link DIVISION_BONUS}: a quarter of a mention. Beliefs are shared among all of a
 * name's senses, so without a floor every division of every namesake would earn it. 0.25
 * measured against 0.5 on both corpora (and 0.2–0.6 at other sharpness settings).
 */
export const DIVISION_MIN_VOTE = 0.25;
/**
 * Rounds of context: the first takes each name's belief from its prior and qualifiers, each
 * later one from the scores of the round before, context and neighbours counted, so a name
 * settled by its neighbours ("Cambridge" beside "Mill Road"… and "St Ives", England) stops
 * voting for a far namesake's country. 3 measured against 4 on both corpora, and against 1 and
 * 2 at nearby sharpness settings (docs/benchmarks.md, Geo3 branch log).
 */
export const CONTEXT_ROUNDS = 3;
/** How near counts as the same neighbourhood for {@link NEAR_BONUS} and {@link PAIR_BONUS}. */
export const NEAR_KM = 50;
