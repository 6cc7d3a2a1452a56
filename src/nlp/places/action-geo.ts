import type { Doc, Place, PlaceClass, Span } from '../../doc/index.js';

/** Which of two places in one clause is the more precise location. */
const PRECISION: Readonly<Record<PlaceClass, number>> = { city: 6, admin2: 5, admin1: 4, water: 3, country: 2, region: 1, continent: 0 };

const located = (p: Place): boolean => p.use === 'literal' && p.gazId !== undefined;

/**
 * The article's main place: the literal resolved place named most often, the more precise on a
 * tie, then the first named.
 */
export function mainPlace(places: readonly Place[]): Place | undefined {
  const counts = new Map<string, number>();
  for (const p of places) if (located(p)) counts.set(p.gazId!, (counts.get(p.gazId!) ?? 0) + 1);
  let top: Place | undefined;
  for (const p of places) {
    if (!located(p) || (top && top.gazId === p.gazId)) continue;
    const n = counts.get(p.gazId!)!;
    const m = top ? counts.get(top.gazId!)! : 0;
    if (!top || n > m || (n === m && PRECISION[p.placeClass!] > PRECISION[top.placeClass!])) top = p;
  }
  return top;
}

/** Where an action described in `span` happened, and why that place was chosen. */
export interface ActionPlace {
  readonly place: Place;
  /** `clause`: named inside the span; `dateline`: the article's dateline; `main`: its main place. */
  readonly basis: 'clause' | 'dateline' | 'main';
}

/**
 * GDELT's ActionGeo for one clause: the most precise literal place inside `span` (metonymic
 * mentions are actors, demonyms adjectives, neither a location), else the dateline place, else
 * the article's main place; undefined when the article has none.
 *
 * @example
 * actionPlace(doc, { start: 120, end: 190 }) // { place: {…, name: 'Sochi'}, basis: 'clause' }
 */
export function actionPlace(doc: Doc, span: Span): ActionPlace | undefined {
  const places = doc.layers.places ?? [];
  let inClause: Place | undefined;
  for (const p of places) {
    if (!located(p) || p.dateline || p.start < span.start || p.end > span.end) continue;
    if (!inClause || PRECISION[p.placeClass!] > PRECISION[inClause.placeClass!]) inClause = p;
  }
  if (inClause) return { place: inClause, basis: 'clause' };
  const dateline = places.find((p) => p.dateline && p.gazId !== undefined);
  if (dateline) return { place: dateline, basis: 'dateline' };
  const main = mainPlace(places);
  return main ? { place: main, basis: 'main' } : undefined;
}
