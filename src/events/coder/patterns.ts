import { isMarker, type MarkerSlot, type PatternSlot, type VerbDictionary, type VerbForm, type VerbPattern, type WordSlot } from '../dictionary/types.js';
import type { ActorMention, CoderToken } from './types.js';

/** How far past the verb a pattern may reach, in tokens: PETRARCH's patterns name the verb's own phrase. */
const POST_WINDOW = 10;
const PRE_WINDOW = 8;
/** The longest run of consecutive words a pre slot may name (a long run of auxiliaries and adverbs). */
const MAX_RUN = 8;

/**
 * A slot's runs by their first word, built on first use: a synset slot can hold thousands of
 * runs, and a position whose word starts none of them is passed over with one lookup.
 */
const slotIndex = new WeakMap<WordSlot, Map<string, (readonly string[])[]>>();

function runsStartingWith(slot: WordSlot, word: string): readonly (readonly string[])[] | undefined {
  let index = slotIndex.get(slot);
  if (!index) {
    index = new Map();
    for (const run of slot) {
      const first = run[0] ?? '';
      const list = index.get(first);
      if (list) list.push(run);
      else index.set(first, [run]);
    }
    slotIndex.set(slot, index);
  }
  return index.get(word);
}

/** Does a run of words match `words` at `at`? */
function runAt(words: readonly CoderToken[], at: number, run: readonly string[]): boolean {
  for (let k = 0; k < run.length; k++) if (words[at + k]?.lower !== run[k]) return false;
  return true;
}

/**
 * What a pattern is matched against: the words, the actor mentions by first and last token, and
 * the noun phrases a `^` may pass over (last token by first, first token by last).
 */
export interface PatternText {
  readonly words: readonly CoderToken[];
  readonly actorStartingAt: ReadonlyMap<number, ActorMention>;
  readonly actorEndingAt: ReadonlyMap<number, ActorMention>;
  readonly phraseEnd: ReadonlyMap<number, number>;
  readonly phraseStart: ReadonlyMap<number, number>;
}

/** Actors a pattern's markers picked out; `compoundSide` says on which side of the verb `%` stood. */
export interface Bound {
  source?: ActorMention;
  target?: ActorMention;
  compound?: ActorMention;
  compoundSide?: 'pre' | 'post';
}

function bind(bound: Bound, marker: MarkerSlot['marker'], actor: ActorMention, side: 'pre' | 'post'): void {
  if (marker === 'source') bound.source = actor;
  else if (marker === 'target') bound.target = actor;
  else if (marker === 'compound') {
    bound.compound = actor;
    bound.compoundSide = side;
  }
}

/** The end of the first match of a slot at or after `at` (before `to`), binding a marker's actor; -1 if none. */
function matchSlotForward(text: PatternText, slot: PatternSlot, at: number, to: number, bound: Bound): number {
  for (let i = at; i < to; i++) {
    if (isMarker(slot)) {
      if (slot.marker === 'skip') {
        const end = text.phraseEnd.get(i);
        if (end !== undefined && end <= to) return end;
        continue;
      }
      const actor = text.actorStartingAt.get(i);
      if (actor && actor.end <= to) {
        bind(bound, slot.marker, actor, 'post');
        return actor.end;
      }
      continue;
    }
    for (const run of runsStartingWith(slot, text.words[i]?.lower ?? '') ?? []) if (i + run.length <= to && runAt(text.words, i, run)) return i + run.length;
  }
  return -1;
}

/** The start of the nearest match of a slot ending before `at` (not before `from`), binding a marker's actor; -1 if none. */
function matchSlotBackward(text: PatternText, slot: PatternSlot, from: number, at: number, bound: Bound): number {
  for (let i = at - 1; i >= from; i--) {
    if (isMarker(slot)) {
      if (slot.marker === 'skip') {
        const start = text.phraseStart.get(i);
        if (start !== undefined && start >= from) return start;
        continue;
      }
      const actor = text.actorEndingAt.get(i);
      if (actor && actor.start >= from) {
        bind(bound, slot.marker, actor, 'pre');
        return actor.start;
      }
      continue;
    }
    for (let len = 1; len <= MAX_RUN && i - len + 1 >= from; len++) {
      for (const run of runsStartingWith(slot, text.words[i - len + 1]?.lower ?? '') ?? []) {
        if (run.length === len && runAt(text.words, i - len + 1, run)) return i - len + 1;
      }
    }
  }
  return -1;
}

/** Matches post slots in order from `from` to `to`, gaps allowed; the end of the last match, or -1. */
function matchForward(text: PatternText, slots: readonly PatternSlot[], from: number, to: number, bound: Bound): number {
  let at = from;
  for (const slot of slots) {
    at = matchSlotForward(text, slot, at, to, bound);
    if (at < 0) return -1;
  }
  return at;
}

/** Matches pre slots (nearest the verb first) leftwards from `to` down to `from`; the start of the last match, or -1. */
function matchBackward(text: PatternText, slots: readonly PatternSlot[], from: number, to: number, bound: Bound): number {
  let at = to;
  for (const slot of slots) {
    at = matchSlotBackward(text, slot, from, at, bound);
    if (at < 0) return -1;
  }
  return at;
}

const weights = new WeakMap<VerbPattern, number>();

/** A pattern's specificity, computed once: the fewest words it can match (a synset slot counts its shortest phrase, a marker one). */
function weightOf(pattern: VerbPattern): number {
  let weight = weights.get(pattern);
  if (weight === undefined) {
    const size = (slots: readonly PatternSlot[]): number => slots.reduce((n, slot) => n + (isMarker(slot) ? 1 : slot.reduce((m, run) => Math.min(m, run.length), Infinity)), 0);
    weight = size(pattern.pre) + size(pattern.post);
    weights.set(pattern, weight);
  }
  return weight;
}

/** A pattern that matched: its code, how many words it names, the first and last tokens it reached and the actors its markers bound. */
export interface PatternMatch {
  readonly pattern: VerbPattern;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  readonly bound: Bound;
}

/**
 * The most specific pattern of a block matching around a verb: pre slots within the clause
 * before the verb (its auxiliaries included), post slots after it (up to {@link POST_WINDOW}
 * tokens or the clause end). Ties go to the earlier pattern in the file, as PETRARCH reads them.
 * `object`, when given, is where the post slots read instead: a passive's subject, its logical object.
 */
export function bestPattern(text: PatternText, patterns: readonly VerbPattern[], verbEnd: number, verbStart: number, clauseStart: number, clauseEnd: number, object?: { readonly from: number; readonly to: number }): PatternMatch | undefined {
  let best: PatternMatch | undefined;
  const postFrom = object?.from ?? verbEnd;
  const postTo = object?.to ?? Math.min(clauseEnd, verbEnd + POST_WINDOW);
  const preFrom = Math.max(clauseStart, verbStart - PRE_WINDOW);
  for (const pattern of patterns) {
    const weight = weightOf(pattern);
    if (weight === 0 || (best && weight <= best.weight)) continue;
    const bound: Bound = {};
    if (object && pattern.post.length === 0) continue;
    const end = pattern.post.length > 0 ? matchForward(text, pattern.post, postFrom, postTo, bound) : verbEnd;
    if (end < 0) continue;
    const start = pattern.pre.length > 0 ? matchBackward(text, pattern.pre, preFrom, verbStart, bound) : verbStart;
    if (start < 0) continue;
    best = { pattern, weight, start, end, bound };
  }
  return best;
}

/**
 * A verb form found in the text: the form, the token range its words cover, and the word's forms
 * in other blocks (a dictionary may list "shot" under two headers), whose patterns compete too.
 */
export interface FoundVerb {
  readonly form: VerbForm;
  readonly start: number;
  readonly end: number;
  readonly others?: readonly VerbForm[];
}

/** The dictionary's reading of token `i` as a verb: a multi-word form whose words are there first, else a single one. */
export function findVerb(dict: VerbDictionary, words: readonly CoderToken[], i: number): FoundVerb | undefined {
  const forms = dict.forms[words[i]?.lower ?? ''];
  if (!forms) return undefined;
  const singles: VerbForm[] = [];
  let multi: FoundVerb | undefined;
  for (const form of forms) {
    const before = form.before ?? [];
    const after = form.after ?? [];
    if (before.length === 0 && after.length === 0) {
      singles.push(form);
      continue;
    }
    if (runAt(words, i - before.length, before) && runAt(words, i + 1, after)) {
      const found = { form, start: i - before.length, end: i + 1 + after.length };
      if (!multi || found.end - found.start > multi.end - multi.start) multi = found;
    }
  }
  if (multi) return multi;
  const [first, ...others] = singles;
  if (!first) return undefined;
  return { form: first, start: i, end: i + 1, ...(others.length > 0 ? { others } : {}) };
}
