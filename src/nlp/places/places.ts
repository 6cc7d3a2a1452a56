import { diagnostic, type Diagnostic, type Doc, type Place, type Span, type Token } from '../../doc/index.js';
import { textKey } from '../../geo/gazetteer.js';
import type { Gazetteer } from '../../geo/gazetteer.js';
import type { GazetteerEntry } from '../../geo/types.js';
import { findToponyms } from './candidates.js';
import { isActorSubject } from './metonymy.js';
import { resolveToponyms } from './resolve.js';
import type { Toponym } from './toponym.js';

/** Nouns of a relation between two governments: "channels of communication between Washington and Moscow". */
const RELATION_NOUNS: ReadonlySet<string> = new Set(
  'relations relationship ties talks communication dialogue cooperation tensions tension contacts rift negotiations diplomacy détente standoff rivalry'.split(' '),
);
/** Words before a place name that make it a location whatever follows: "in Moscow said to be…". */
const LOCATIVE: ReadonlySet<string> = new Set('in at near from to into inside outside across around via toward towards'.split(' '));
/** How many words before "between" a relation noun may stand. */
const RELATION_WINDOW = 4;

const word = (text: string, tokens: readonly Token[], i: number): string => {
  const t = tokens[i];
  return t ? text.slice(t.start, t.end).toLowerCase() : '';
};

/** "between Washington and Moscow" after a relation noun: both names stand for governments. */
function inRelation(text: string, tokens: readonly Token[], t: Toponym): boolean {
  let i = t.tokenStart - 1;
  if (word(text, tokens, i) === 'and') {
    i -= 1;
    while (i >= 0 && /^\p{Lu}/u.test(text.slice(tokens[i]!.start, tokens[i]!.end))) i -= 1;
  }
  if (word(text, tokens, i) !== 'between') return false;
  for (let k = i - 1; k >= Math.max(0, i - RELATION_WINDOW); k--) if (RELATION_NOUNS.has(word(text, tokens, k))) return true;
  return false;
}

/** The token before a list of names ending at `start`: "in" for "Savannah" of "in Atlanta and Savannah". */
function beforeList(text: string, tokens: readonly Token[], start: number): number {
  const capitalized = (i: number): boolean => i >= 0 && /^\p{Lu}/u.test(text.slice(tokens[i]!.start, tokens[i]!.end));
  let i = start - 1;
  while ((word(text, tokens, i) === 'and' || word(text, tokens, i) === 'or' || word(text, tokens, i) === ',') && capitalized(i - 1)) {
    i -= 1;
    while (capitalized(i)) i -= 1;
  }
  return i;
}

/** Whether a resolved, non-dateline toponym stands for a government or people here. */
function isMetonymic(doc: Doc, t: Toponym, entry: GazetteerEntry): boolean {
  if (t.source === 'dateline' || t.source === 'demonym') return false;
  if (entry.placeClass !== 'country' && entry.placeClass !== 'admin1' && entry.placeClass !== 'city') return false;
  const tokens = doc.layers.tokens ?? [];
  if (LOCATIVE.has(word(doc.text, tokens, beforeList(doc.text, tokens, t.tokenStart)))) return false;
  return isActorSubject(doc.text, tokens, t.tokenEnd) || inRelation(doc.text, tokens, t);
}

function place(doc: Doc, t: Toponym, entry: GazetteerEntry | undefined): Place {
  const use = t.source === 'demonym' ? 'demonym' : entry && isMetonymic(doc, t, entry) ? 'metonymic' : 'literal';
  const out: { -readonly [K in keyof Place]: Place[K] } = { start: t.start, end: t.end, use };
  if (t.source === 'dateline') out.dateline = true;
  if (entry) {
    out.gazId = entry.id;
    out.name = entry.name;
    out.placeClass = entry.placeClass;
    out.lat = entry.lat;
    out.lon = entry.lon;
    if (entry.country) out.country = entry.country;
  }
  if (t.link !== undefined) out.link = t.link;
  return out;
}

/**
 * The places layer of an article: each toponym (datelines, LOC entities, well-known place names
 * the tagger typed otherwise, nationality adjectives) resolved to a gazetteer entry using
 * population, qualifiers ("Paris, Texas"), the article's dominant countries and divisions and the
 * kind of place, and marked `metonymic` when it is the subject of an acting verb ("Washington
 * said") or one side of a relation ("ties between Washington and Moscow"). Unresolvable toponyms
 * are kept without coordinates; {@link placeDiagnostics} reports them.
 *
 * @example
 * findPlaces(doc, sharedGazetteer()).find((p) => p.name === 'Sochi')?.country // 'RUS'
 */
export function findPlaces(doc: Doc, gaz: Gazetteer): Place[] {
  const toponyms = findToponyms(doc, gaz);
  const resolved = resolveToponyms(doc.text, toponyms, gaz);
  const out: Place[] = [];
  toponyms.forEach((t, i) => {
    const at = resolved[i];
    if (at === undefined && t.source === 'local') return;
    out.push(place(doc, t, at === undefined ? undefined : gaz.entries[at]));
  });
  return out;
}

/**
 * Resolves given toponym spans (gold ones, in an evaluation) as {@link findPlaces} resolves the
 * ones it finds, with the same article context drawn from these spans alone. Needs the tokens
 * layer; a span that covers no token is left out.
 */
export function resolveSpans(doc: Doc, spans: readonly Span[], gaz: Gazetteer): Place[] {
  const tokens = doc.layers.tokens ?? [];
  const toponyms: Toponym[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const tokenStart = tokens.findIndex((t) => t.end > s.start);
    let tokenEnd = tokenStart;
    while (tokenEnd >= 0 && tokenEnd < tokens.length && tokens[tokenEnd]!.start < s.end) tokenEnd += 1;
    if (tokenStart < 0 || tokenEnd === tokenStart) continue;
    const key = textKey(gaz, doc.text.slice(s.start, s.end), doc.text[s.end] === '.');
    // As findToponyms reads them: "Canadian" is the nationality, not Canadian, Texas.
    const demonym = gaz.byDemonym.has(key);
    toponyms.push({ start: s.start, end: s.end, tokenStart, tokenEnd, key, source: demonym ? 'demonym' : 'loc' });
  }
  const resolved = resolveToponyms(doc.text, toponyms, gaz);
  return toponyms.map((t, i) => {
    const at = resolved[i];
    return place(doc, t, at === undefined ? undefined : gaz.entries[at]);
  });
}

/** `places/unknown` (info) for each toponym the gazetteer has no entry for. */
export function placeDiagnostics(doc: Doc): Diagnostic[] {
  return (doc.layers.places ?? [])
    .filter((p) => p.gazId === undefined)
    .map((p) => {
      const name = doc.text.slice(p.start, p.end);
      return diagnostic('info', 'places', 'places/unknown', `no gazetteer entry for the toponym '${name}'; it is kept without coordinates`, { start: p.start, end: p.end });
    });
}
