import type { PatternSlot, VerbDictionary, VerbForm, VerbPattern } from '../dictionary/types.js';
import type { CoderToken } from './types.js';

/** How far past the verb a pattern may reach, in tokens: PETRARCH's patterns name the verb's own phrase. */
const POST_WINDOW = 12;
const PRE_WINDOW = 8;
/** The longest run of consecutive words a pre slot may name ("most certainly really did not ever"). */
const MAX_RUN = 8;

/**
 * A slot's runs by their first word, built on first use: a synset slot can hold thousands of
 * runs, and a position whose word starts none of them is passed over with one lookup.
 */
const slotIndex = new WeakMap<PatternSlot, Map<string, (readonly string[])[]>>();

function runsStartingWith(slot: PatternSlot, word: string): readonly (readonly string[])[] | undefined {
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

/** Matches post slots in order from `from` to `to`, gaps allowed; the end of the last match, or -1. */
function matchForward(words: readonly CoderToken[], slots: readonly PatternSlot[], from: number, to: number): number {
  let at = from;
  for (const slot of slots) {
    let found = -1;
    for (let i = at; i < to && found < 0; i++) {
      for (const run of runsStartingWith(slot, words[i]?.lower ?? '') ?? []) if (i + run.length <= to && runAt(words, i, run)) { found = i + run.length; break; }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/** Matches pre slots (nearest the verb first) leftwards from `to` down to `from`; the start of the last match, or -1. */
function matchBackward(words: readonly CoderToken[], slots: readonly PatternSlot[], from: number, to: number): number {
  let at = to;
  for (const slot of slots) {
    let found = -1;
    for (let i = at - 1; i >= from && found < 0; i--) {
      for (let len = 1; len <= MAX_RUN && found < 0 && i - len + 1 >= from; len++) {
        for (const run of runsStartingWith(slot, words[i - len + 1]?.lower ?? '') ?? []) {
          if (run.length === len && runAt(words, i - len + 1, run)) { found = i - len + 1; break; }
        }
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/** A pattern's specificity: the fewest words it can match (a synset slot counts its shortest phrase). */
const size = (slots: readonly PatternSlot[]): number => slots.reduce((n, slot) => n + Math.min(...slot.map((run) => run.length)), 0);

/** A pattern that matched: its code, how many slots it used, and the last token it reached. */
export interface PatternMatch {
  readonly pattern: VerbPattern;
  readonly weight: number;
  readonly end: number;
}

/**
 * The most specific pattern of a block matching around a verb: pre slots within the clause
 * before the verb (its auxiliaries included), post slots after it (up to {@link POST_WINDOW} tokens or the
 * clause end). Ties go to the earlier pattern in the file, as PETRARCH reads them.
 */
export function bestPattern(words: readonly CoderToken[], patterns: readonly VerbPattern[], verbEnd: number, verbStart: number, clauseStart: number, clauseEnd: number): PatternMatch | undefined {
  let best: PatternMatch | undefined;
  const postTo = Math.min(clauseEnd, verbEnd + POST_WINDOW);
  const preFrom = Math.max(clauseStart, verbStart - PRE_WINDOW);
  for (const pattern of patterns) {
    const weight = size(pattern.pre) + size(pattern.post);
    if (weight === 0 || (best && weight <= best.weight)) continue;
    const end = pattern.post.length > 0 ? matchForward(words, pattern.post, verbEnd, postTo) : verbEnd;
    if (end < 0) continue;
    if (pattern.pre.length > 0 && matchBackward(words, pattern.pre, preFrom, verbStart) < 0) continue;
    best = { pattern, weight, end };
  }
  return best;
}

/** A verb form found in the text: the form, and the token range its words cover. */
export interface FoundVerb {
  readonly form: VerbForm;
  readonly start: number;
  readonly end: number;
}

/** The dictionary's reading of token `i` as a verb: a multi-word form whose words are there first, else a single one. */
export function findVerb(dict: VerbDictionary, words: readonly CoderToken[], i: number): FoundVerb | undefined {
  const forms = dict.forms[words[i]?.lower ?? ''];
  if (!forms) return undefined;
  let single: FoundVerb | undefined;
  let multi: FoundVerb | undefined;
  for (const form of forms) {
    const before = form.before ?? [];
    const after = form.after ?? [];
    if (before.length === 0 && after.length === 0) {
      single ??= { form, start: i, end: i + 1 };
      continue;
    }
    if (runAt(words, i - before.length, before) && runAt(words, i + 1, after)) {
      const found = { form, start: i - before.length, end: i + 1 + after.length };
      if (!multi || found.end - found.start > multi.end - multi.start) multi = found;
    }
  }
  return multi ?? single;
}
