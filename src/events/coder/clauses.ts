import type { CoderSentence, CoderToken } from './types.js';

/** A run of verbs and their auxiliaries ("has not spoken", "agreed to meet"), token range `[start, end)`. */
export interface VerbGroup {
  readonly start: number;
  readonly end: number;
}

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot']);
/** Modals that make an event hypothetical. "will" is not one: news reports a scheduled act with it ("X will meet Y"), and PETRARCH codes it. */
export const MODALS = new Set(['may', 'might', 'could', 'should', 'must', 'can', 'ought']);
/** The conditional, hypothetical too ("would attack"); "will"/"shall" futures are coded as the act. */
export const CONDITIONALS = new Set(['would', "'d"]);
export const FUTURES = new Set(['will', 'would', 'shall', "'ll", "'d", 'wo']);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'gets', 'got', 'gotten']);
const AUXILIARY = new Set([...BE, 'have', 'has', 'had', 'having', "'ve", 'do', 'does', 'did']);

/** Words that open a new clause: what follows them has its own subject. */
export const CLAUSE_OPENERS = new Set([
  'that', 'because', 'since', 'after', 'before', 'while', 'when', 'whenever', 'although', 'though', 'if', 'unless',
  'whether', 'until', 'as', 'where', 'whereas', 'once', 'so', ';', ':', '--', '—', '–',
  // A quote mark ends the quoted clause: "Iran attacked the embassy," the minister said.
  '"', '“', '”', '``', "''",
]);
/** Pronouns that, unresolved by the linker, stand for the sentence's first subject ("X … since he authorized …"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
export const HYPOTHETICAL_OPENERS = new Set(['if', 'unless', 'whether']);
export const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
export const COORDINATORS = new Set(['and', 'but', 'or', 'then']);

export const isVerbTag = (t: CoderToken): boolean => t.tag.startsWith('VB') || t.tag === 'MD';
export const isNegation = (t: CoderToken): boolean => NEGATION.has(t.lower);
export const isBe = (t: CoderToken): boolean => BE.has(t.lower);
export const isAuxiliary = (t: CoderToken): boolean => AUXILIARY.has(t.lower) || t.tag === 'MD' || FUTURES.has(t.lower) || MODALS.has(t.lower);

/** Tokens that may sit inside a verb group: verbs, modals, negation, adverbs and the infinitive "to". */
function inGroup(t: CoderToken): boolean {
  return isVerbTag(t) || isNegation(t) || t.tag === 'RB' || t.tag === 'TO' || FUTURES.has(t.lower) || MODALS.has(t.lower);
}

/**
 * Verb groups of a sentence: VP chunks when the chunker ran, else runs of verb-like tokens; a
 * group followed at once by one opening with "to" joins it ("agreed" + "to meet"), so a verb
 * governing a verb is one group, as does one apart from it only by adverbs ("did not even ever
 * meet"). Groups without a verb are dropped.
 */
export function verbGroups(s: CoderSentence): VerbGroup[] {
  const raw: { start: number; end: number }[] = [];
  if (s.chunks && s.chunks.length > 0) {
    for (const c of s.chunks) if (c.type === 'VP') raw.push({ start: c.start, end: c.end });
    // A verb the chunker left outside every VP (mis-chunked as NP) still heads a group.
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i];
      if (t && t.tag.startsWith('VB') && !raw.some((g) => g.start <= i && i < g.end)) raw.push({ start: i, end: i + 1 });
    }
    raw.sort((a, b) => a.start - b.start);
  } else {
    let i = 0;
    while (i < s.tokens.length) {
      const t = s.tokens[i];
      if (t && inGroup(t) && (isVerbTag(t) || t.tag === 'TO' || FUTURES.has(t.lower) || MODALS.has(t.lower))) {
        let j = i + 1;
        while (j < s.tokens.length && inGroup(s.tokens[j] as CoderToken)) j++;
        raw.push({ start: i, end: j });
        i = j;
      } else i++;
    }
  }
  const merged: { start: number; end: number }[] = [];
  for (const g of raw) {
    const last = merged[merged.length - 1];
    if (last && last.end <= g.start && onlyAdverbsBetween(s, last.end, g.start) && hasVerb(s, last)) last.end = Math.max(last.end, g.end);
    else merged.push({ ...g });
  }
  return merged.filter((g) => hasVerb(s, g));
}

/** "did not even ever meet": groups apart only by adverbs and negation are one. */
function onlyAdverbsBetween(s: CoderSentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = s.tokens[i] as CoderToken;
    if (!/^RB[RS]?$/.test(t.tag) && !isNegation(t)) return false;
  }
  return true;
}

function hasVerb(s: CoderSentence, g: { start: number; end: number }): boolean {
  for (let i = g.start; i < g.end; i++) if (s.tokens[i]?.tag.startsWith('VB')) return true;
  return false;
}

/**
 * Marks tokens of comma-enclosed asides that a clause's subject and verb reach across:
 * relative clauses (", who …,", ", which …,") and appositions without a verb
 * (", the Russian president,"), and anything in brackets. "Putin, who met Merkel, attacked X":
 * the aside is skipped when looking for the subject of "attacked".
 */
export function asides(s: CoderSentence): boolean[] {
  const mask = new Array<boolean>(s.tokens.length).fill(false);
  const n = s.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = s.tokens[i] as CoderToken;
    if (t.lower === '(' || t.lower === '[') {
      let j = i + 1;
      while (j < n && s.tokens[j]?.lower !== ')' && s.tokens[j]?.lower !== ']') j++;
      if (j < n) for (let k = i; k <= j; k++) mask[k] = true;
      continue;
    }
    if (t.lower !== ',') continue;
    let j = i + 1;
    while (j < n && s.tokens[j]?.lower !== ',' && j - i < 25) j++;
    if (j >= n || s.tokens[j]?.lower !== ',') continue;
    const first = s.tokens[i + 1];
    let verbs = 0;
    for (let k = i + 1; k < j; k++) if (s.tokens[k]?.tag.startsWith('VB')) verbs++;
    const relative = first !== undefined && (first.lower === 'who' || first.lower === 'which' || first.lower === 'whose');
    // ", in remarks published on Monday,": a prepositional phrase, participles at most, no finite verb.
    let finite = false;
    for (let k = i + 1; k < j; k++) if (/^(VBD|VBZ|VBP|MD)$/.test(s.tokens[k]?.tag ?? '')) finite = true;
    const prepositional = first !== undefined && first.tag === 'IN' && !CLAUSE_OPENERS.has(first.lower) && !finite && j - i <= 10;
    const apposition = verbs === 0 && j - i <= 8 && first !== undefined && !COORDINATORS.has(first.lower) && first.tag !== 'IN';
    if (relative || apposition || prepositional) for (let k = i; k <= j; k++) mask[k] = true;
  }
  return mask;
}
