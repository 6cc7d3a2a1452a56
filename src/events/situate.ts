import type { Doc, Event, EventPlace, Span } from '../doc/index.js';
import { dateOfSpan } from '../nlp/dates/dates.js';
import { actionPlace } from '../nlp/places/action-geo.js';

/** The event's place from the places layer, or undefined when the article names none it could resolve. */
function placeOf(doc: Doc, clause: Span): EventPlace | undefined {
  const found = actionPlace(doc, clause);
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
 * named there, else the dateline, else the article's main place). Layers that did not run, and
 * relative dates the article's missing publication date left unresolved, leave the fields absent.
 */
export function situate(doc: Doc, event: Event, clause: Span): Event {
  // An unresolved value ("XXXX-WXX-1": "Monday" in an undated article) dates nothing.
  const value = dateOfSpan(doc, clause)?.value;
  const date = value && !value.includes('X') ? value : undefined;
  const place = placeOf(doc, clause);
  return { ...event, ...(date ? { clauseDate: date } : {}), ...(place ? { place } : {}) };
}
