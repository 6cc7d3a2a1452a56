import type { Doc, Event, EventPlace, Place, Span } from '../doc/index.js';
import { dateOfSpan } from '../nlp/dates/dates.js';
import { actionPlace } from '../nlp/places/action-geo.js';

/**
 * The country of a demonym in the target of a use of force ("an airstrike against a Syrian
 * airbase"): where the force landed, when the clause names no place of its own. Only for material
 * conflict (QuadClass 4): "praised Syrian rebels" says nothing of where the praise was given.
 */
function targetCountry(doc: Doc, event: Event): Place | undefined {
  if (event.quadClass !== 4) return undefined;
  const { start, end } = event.target;
  return doc.layers.places?.find((p) => p.use === 'demonym' && p.gazId !== undefined && p.start < end && start < p.end);
}

/** The event's place from the places layer, or undefined when the article names none it could resolve. */
function placeOf(doc: Doc, event: Event, clause: Span): EventPlace | undefined {
  const action = actionPlace(doc, clause);
  const target = action?.basis === 'clause' ? undefined : targetCountry(doc, event);
  const found = target ? { place: target, basis: 'target' as const } : action;
  const p = found?.place;
  if (!found || !p || p.gazId === undefined || p.lat === undefined || p.lon === undefined || p.placeClass === undefined) return undefined;
  return {
    name: p.name ?? doc.text.slice(p.start, p.end),
    gazId: p.gazId,
    placeClass: p.placeClass,
    lat: p.lat,
    lon: p.lon,
    ...(p.country ? { country: p.country } : {}),
    basis: found.basis,
    mention: { start: p.start, end: p.end },
  };
}

/**
 * Gives a coded event the date and place of its clause — the sentence it was coded from: the time
 * expression there that best dates it ("in April" → `2017-04`) and GDELT's ActionGeo (the place
 * named there, else the country of a use of force's target, else the dateline, else the article's
 * main place). Layers that did not run, and
 * relative dates the article's missing publication date left unresolved, leave the fields absent.
 */
export function situate(doc: Doc, event: Event, clause: Span): Event {
  // An unresolved value ("XXXX-WXX-1": "Monday" in an undated article) dates nothing.
  const value = dateOfSpan(doc, clause)?.value;
  const date = value && !value.includes('X') ? value : undefined;
  const place = placeOf(doc, event, clause);
  return { ...event, ...(date ? { clauseDate: date } : {}), ...(place ? { place } : {}) };
}
