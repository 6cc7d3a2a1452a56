import type { Doc, Entity } from '../../doc/index.js';
import { placeKey, textKey, type Gazetteer } from '../../geo/gazetteer.js';
import { datelinePlaces } from './dateline.js';
import { hyphenPieces } from './hyphens.js';
import { candidatesOf } from './resolve.js';
import type { Toponym } from './toponym.js';

/** A city at least this large counts as a place even when the tagger typed its name ORG or MISC. */
const WELL_KNOWN_CITY = 500_000;
/** …and a division this large: "Western" tagged MISC is not Ghana's Western Region. */
const WELL_KNOWN_DIVISION = 1_000_000;

/** "Anderson County": a county name is a place whatever type the tagger gave it. */
const COUNTY = / (County|Parish)$/;

/** Whether `key` names a place news names without the tagger saying so: a country, division, region or big city. */
function wellKnown(gaz: Gazetteer, key: string): boolean {
  return (gaz.byName.get(key) ?? []).some((i) => {
    const e = gaz.entries[i]!;
    if (e.placeClass === 'admin1') return e.population >= WELL_KNOWN_DIVISION;
    return e.placeClass !== 'city' || e.featureCode === 'PPLC' || e.population >= WELL_KNOWN_CITY;
  });
}

/**
 * Link id of each entity index, and which entities the linker tied to a known person or
 * organization: "White House" and "Kremlin" are tagged LOC but
 * the knowledge base knows them as organizations, whatever town shares their name.
 */
function linkIndex(doc: Doc): { linkOf: Map<number, number>; notPlaces: Set<number> } {
  const linkOf = new Map<number, number>();
  const notPlaces = new Set<number>();
  for (const link of doc.layers.links ?? []) {
    const known = link.kbId !== undefined && (link.kind === 'person' || link.kind === 'organization');
    for (const m of link.mentions) {
      if (m.entity === undefined) continue;
      linkOf.set(m.entity, link.id);
      if (known) notPlaces.add(m.entity);
    }
  }
  return { linkOf, notPlaces };
}

/**
 * The pieces of an entity split at its commas: a tagger may take "Paris, Texas" as one LOC; the
 * resolver wants the place and its qualifier apart.
 */
function commaParts(doc: Doc, e: Entity): { tokenStart: number; tokenEnd: number }[] {
  const tokens = doc.layers.tokens ?? [];
  const parts: { tokenStart: number; tokenEnd: number }[] = [];
  let from = e.tokenStart;
  for (let t = e.tokenStart; t < e.tokenEnd; t++) {
    const tok = tokens[t]!;
    if (doc.text.slice(tok.start, tok.end) !== ',') continue;
    if (t > from) parts.push({ tokenStart: from, tokenEnd: t });
    from = t + 1;
  }
  if (e.tokenEnd > from) parts.push({ tokenStart: from, tokenEnd: e.tokenEnd });
  return parts;
}

/**
 * The toponyms of an article, in text order: dateline places; LOC entities (or, for a LOC or
 * county name the gazetteer lacks, the places its hyphen joins, the large place it opens or closes
 * with, or the town an institution in it is named for); entities of other
 * types whose words name a country, division, region or large city ("Moscow" tagged ORG);
 * nationality adjectives pointing to a country ("Syrian"). A person's name is a toponym only as a
 * town near the article's other places ("Rock Hill" tagged PER beside "York County"): "Washington"
 * tagged PER is mostly George Washington.
 */
export function findToponyms(doc: Doc, gaz: Gazetteer): Toponym[] {
  const tokens = doc.layers.tokens ?? [];
  const entities = doc.layers.entities ?? [];
  const { linkOf, notPlaces } = linkIndex(doc);
  const out: Toponym[] = [];
  const span = (tokenStart: number, tokenEnd: number) => {
    const start = tokens[tokenStart]!.start;
    const end = tokens[tokenEnd - 1]!.end;
    return { start, end, tokenStart, tokenEnd, key: textKey(gaz, doc.text.slice(start, end), doc.text[end] === '.') };
  };
  let claimedUpTo = -1;
  for (const d of datelinePlaces(doc.text, tokens, doc.layers.paragraphs ?? [])) {
    out.push({ ...span(d.place.start, d.place.end), source: 'dateline' });
    claimedUpTo = d.place.end;
    const q = d.qualifier ? span(d.qualifier.start, d.qualifier.end) : undefined;
    if (q && (gaz.byName.get(q.key) ?? []).some((i) => gaz.entries[i]!.placeClass !== 'city')) {
      out.push({ ...q, source: 'dateline' });
      claimedUpTo = q.tokenEnd;
    }
  }
  const claimed = new Set(out.map((t) => t.tokenStart));
  // A location is known by its written key and its plain one: "N.J." tagged LOC makes "NJ" of "NJ State Federation" a place.
  const locations = entities.filter((e) => e.type === 'LOC').map((e) => doc.text.slice(e.start, e.end));
  const located = new Set([...out.map((t) => t.key), ...locations.map((name) => placeKey(name)), ...locations.map((name) => `${placeKey(name)}.`)]);
  const surnames = new Set(entities.filter((e) => e.type === 'PER' && e.tokenEnd - e.tokenStart > 1).map((e) => placeKey(doc.text.slice(tokens[e.tokenEnd - 1]!.start, e.end))));
  entities.forEach((e, index) => {
    const county = COUNTY.test(doc.text.slice(e.start, e.end));
    if (e.type === 'PER' && !county && !notPlaces.has(index) && !claimed.has(e.tokenStart)) {
      const town = personTown(gaz, e, surnames, span);
      if (town) out.push({ ...town, source: 'local' });
      return;
    }
    if ((e.type === 'PER' && !county) || notPlaces.has(index) || claimed.has(e.tokenStart) || (e.tokenStart < claimedUpTo && out.some((t) => t.tokenStart <= e.tokenStart && e.tokenStart < t.tokenEnd))) return;
    const link = linkOf.get(index);
    const extra = link !== undefined ? { link } : {};
    const whole = span(e.tokenStart, e.tokenEnd);
    // A nationality is a demonym whatever the tagger typed it: "Canadian" is rarely Canadian, Texas.
    if (e.country || gaz.byDemonym.has(whole.key)) {
      out.push({ ...whole, source: 'demonym', ...(e.country ? { country: e.country } : {}), ...extra });
      return;
    }
    // "American Farm Bureau Federation", "Syrian Observatory": a name opening with a nationality points to its country.
    const opening = span(e.tokenStart, e.tokenStart + 1);
    if (e.type !== 'LOC' && e.tokenEnd - e.tokenStart > 1 && gaz.byDemonym.has(opening.key)) {
      out.push({ ...opening, source: 'demonym' });
      return;
    }
    for (const part of commaParts(doc, e)) {
      const t = span(part.tokenStart, part.tokenEnd);
      // "Louisiana Purchase", "Saint Lucia National Trust" tagged LOC: the place is the name they open with.
      // …and so do "Babies of DeKalb County", "Board Cuyahoga County": a county closing a name the gazetteer lacks.
      const unknownLoc = (e.type === 'LOC' || county) && candidatesOf(gaz, t.key).length === 0;
      const pieces = unknownLoc ? hyphenPieces(doc.text, tokens, gaz, part.tokenStart, part.tokenEnd) : [];
      if (pieces.length > 0) {
        for (const piece of pieces) out.push({ ...piece, source: 'loc', ...extra });
        continue;
      }
      const inner = unknownLoc ? embeddedPlace(gaz, located, part.tokenStart, part.tokenEnd, span) ?? closingPlace(doc, gaz, part.tokenStart, part.tokenEnd, span) : undefined;
      const institution = unknownLoc && !inner ? townBeforeInstitution(doc, gaz, part.tokenStart, part.tokenEnd, span) : undefined;
      if (inner) out.push({ ...inner, source: 'loc', ...extra });
      else if (institution) out.push({ ...institution, source: 'local', ...extra });
      else if (e.type === 'LOC' || county) out.push({ ...t, source: 'loc', ...extra });
      else if (wellKnown(gaz, t.key)) out.push({ ...t, source: 'name', ...extra });
      else {
        const embedded = embeddedPlace(gaz, located, part.tokenStart, part.tokenEnd, span);
        if (embedded) out.push({ ...embedded, source: 'name' });
        else {
          const town = townName(gaz, part.tokenStart, part.tokenEnd, span);
          if (town) out.push({ ...town, source: 'local' });
        }
      }
    }
  });
  return joinOfNames(doc, gaz, out.sort((a, b) => a.start - b.start || a.end - b.end));
}

/**
 * The place an organization's or event's name opens with: "Gainesville" of "Gainesville Police
 * Department", "Georgia" of "Georgia Power". Up to three words, never the whole name, and only a
 * country, a county or a large division by its own name, a division by its abbreviation ("S.C.
 * Highway Patrol") (Cameroon's "North" region opens too many names), or a name the article also tags as a location: "City
 * Council", "University Hospital", "Toyota Motor" open with the names of towns too.
 */
function embeddedPlace<T extends { key: string }>(gaz: Gazetteer, located: ReadonlySet<string>, tokenStart: number, tokenEnd: number, span: (s: number, e: number) => T): T | undefined {
  for (let n = Math.min(3, tokenEnd - tokenStart - 1); n >= 1; n--) {
    const t = span(tokenStart, tokenStart + n);
    if (located.has(t.key)) return t;
    const named = (gaz.byName.get(t.key) ?? []).some((i) => {
      const e = gaz.entries[i]!;
      // A county is named with its "County": "Guernsey County Sheriff's Office" is in Ohio, not Guernsey.
      const large = e.placeClass === 'country' || e.placeClass === 'admin2' || (e.placeClass === 'admin1' && e.population >= WELL_KNOWN_DIVISION);
      // "S.C. Highway Patrol", "D.C. Commission": a division's abbreviation (a dotted key) names it as well as its name.
      return (large && placeKey(e.name) === t.key) || (e.placeClass === 'admin1' && t.key.endsWith('.'));
    });
    if (named) return t;
  }
  return undefined;
}

/** Words that make a longer place of the name after them: "New England", "Lake Ontario", "United Russia". */
const NAME_MAKERS: ReadonlySet<string> = new Set(
  'new lake united great greater upper lower old ciudad port fort saint st mount mt san santa north south east west northern southern eastern western central northeast northwest southeast southwest'.split(' '),
);

/**
 * The place a location name the gazetteer lacks closes with, when the tagger took words before it
 * into the name: "Dubai" of "Ruler of Dubai", "Toronto" of "Baseball Toronto". Up to three
 * words, never the whole name; only a country, a county, a division of a million or a city of
 * half a million called by its own name (not an alternate: "Island" is Iceland's), and not after a
 * word that makes a longer place of it ("New England", "Lake Ontario").
 */
function closingPlace<T extends { key: string; tokenStart: number }>(doc: Doc, gaz: Gazetteer, tokenStart: number, tokenEnd: number, span: (s: number, e: number) => T): T | undefined {
  const tokens = doc.layers.tokens ?? [];
  for (let n = Math.min(3, tokenEnd - tokenStart - 1); n >= 1; n--) {
    const t = span(tokenEnd - n, tokenEnd);
    const before = tokens[t.tokenStart - 1]!;
    if (NAME_MAKERS.has(doc.text.slice(before.start, before.end).toLowerCase())) continue;
    const named = (gaz.byName.get(t.key) ?? []).some((i) => {
      const e = gaz.entries[i]!;
      const large = e.placeClass === 'country' || e.placeClass === 'admin2' || ((e.placeClass === 'admin1' && e.population >= WELL_KNOWN_DIVISION) || (e.placeClass === 'city' && e.population >= WELL_KNOWN_CITY));
      return large && placeKey(e.name) === t.key;
    });
    if (named) return t;
  }
  return undefined;
}

/** Words of an institution a town gives its name to: "Hartford Hospital", "Alexandria Zoo", "Groton Town Council". */
const INSTITUTIONS: ReadonlySet<string> = new Set(
  'hospital zoo airport college university school schools academy town city county public community general memorial regional medical police fire library museum courthouse council'.split(' '),
);

/**
 * The town a location name the gazetteer lacks opens with, when an institution's word follows
 * it: "Hartford" of "Hartford Hospital", "St. Cloud" of "St. Cloud Hospital", "Groton" of "Groton
 * Town Council"; it is a `local` toponym, kept only near the article's other places. Streets,
 * rivers and parks ("Cooper Street", "Red River") keep their whole name.
 */
function townBeforeInstitution<T extends { key: string; tokenEnd: number }>(doc: Doc, gaz: Gazetteer, tokenStart: number, tokenEnd: number, span: (s: number, e: number) => T): T | undefined {
  const tokens = doc.layers.tokens ?? [];
  for (let n = Math.min(3, tokenEnd - tokenStart - 1); n >= 1; n--) {
    const t = span(tokenStart, tokenStart + n);
    const after = tokens[t.tokenEnd]!;
    if (!INSTITUTIONS.has(doc.text.slice(after.start, after.end).toLowerCase())) continue;
    if ((gaz.byName.get(t.key) ?? []).some((i) => gaz.entries[i]!.placeClass === 'city' || gaz.entries[i]!.placeClass === 'admin2')) return t;
  }
  return undefined;
}

/**
 * A name the tagger typed PER that is a town's ("Rock Hill", "Bicester", "Shiloh"), unless it is
 * the last word of a person the article names in full ("Harrison" after "Sam Harrison"): a
 * candidate `local` toponym, kept only near the article's other places, so that "Washington" the
 * general stays a person in an article that names no place near a town of Washington.
 */
function personTown<T extends { key: string }>(gaz: Gazetteer, e: Entity, surnames: ReadonlySet<string>, span: (s: number, e: number) => T): T | undefined {
  const whole = span(e.tokenStart, e.tokenEnd);
  if (e.tokenEnd - e.tokenStart === 1 && surnames.has(whole.key)) return undefined;
  return (gaz.byName.get(whole.key) ?? []).some((i) => gaz.entries[i]!.placeClass === 'city') ? whole : undefined;
}

/** The whole name or its first one to three words, when they name a town: a candidate `local` toponym. */
function townName<T extends { key: string }>(gaz: Gazetteer, tokenStart: number, tokenEnd: number, span: (s: number, e: number) => T): T | undefined {
  for (let n = Math.min(3, tokenEnd - tokenStart); n >= 1; n--) {
    const t = span(tokenStart, tokenStart + n);
    if ((gaz.byName.get(t.key) ?? []).some((i) => gaz.entries[i]!.placeClass === 'city')) return t;
  }
  return undefined;
}

/**
 * "Gulf" + "of" + "Mexico", "Republic" + "of" + "China": a tagger may split a name around "of".
 * When the joined name is in the gazetteer it replaces both parts; otherwise the head alone is no
 * place ("Republic" is not Republic, Missouri) and only the part after "of" is kept.
 */
function joinOfNames(doc: Doc, gaz: Gazetteer, toponyms: readonly Toponym[]): Toponym[] {
  const tokens = doc.layers.tokens ?? [];
  const out: Toponym[] = [];
  for (let i = 0; i < toponyms.length; i++) {
    const t = toponyms[i]!;
    const next = toponyms[i + 1];
    const of = tokens[t.tokenEnd];
    if (!next || t.source === 'dateline' || !of || doc.text.slice(of.start, of.end) !== 'of' || next.tokenStart !== t.tokenEnd + 1) {
      out.push(t);
      continue;
    }
    // The words before the head may belong to the name too: "People's" of "People's Republic of China".
    for (let back = Math.min(3, t.tokenStart); back >= 0; back--) {
      const first = tokens[t.tokenStart - back]!;
      if (back > 0 && (!/^\p{Lu}/u.test(doc.text.slice(first.start, first.end)) || (out[out.length - 1]?.end ?? -1) > first.start)) continue;
      const key = placeKey(doc.text.slice(first.start, next.end));
      if (!gaz.byName.has(key)) continue;
      out.push({ ...t, start: first.start, tokenStart: t.tokenStart - back, end: next.end, tokenEnd: next.tokenEnd, key });
      i += 1;
      break;
    }
  }
  return out;
}
