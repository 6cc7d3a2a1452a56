import type { DateBasis, TimexType } from '../../doc/index.js';
import type { Day } from './calendar.js';

/**
 * What a rule knows when it normalises a match: the publication date, the day and year the text
 * is talking about, which way the sentence looks, and the start of a range the match ends.
 */
export interface ResolveContext {
  /** The article's publication day; undefined when the article has none. */
  readonly ref: Day | undefined;
  /** The day under discussion: the last day-level date resolved before this match ("earlier that day"). */
  readonly anchor: Day | undefined;
  /** Whether `anchor` came from the text rather than being the publication day. */
  readonly anchorFromText: boolean;
  /** The year under discussion: that of the last resolved date ("later that year"). */
  readonly anchorYear: number | undefined;
  /** The month under discussion, `[year, month]`: that of the last resolved date naming one ("the following month"). */
  readonly anchorMonth: readonly [number, number] | undefined;
  /** The last quarter the text named (`1989-Q3`): "a year earlier" in a quarterly report is that quarter a year before. */
  readonly anchorQuarter: string | undefined;
  /** Which way the clause looks ("said on Monday" past, "will meet on Monday" future); undefined when it has no tense cue. */
  readonly tense: 'past' | 'future' | undefined;
  /** The start of a range this match closes ("from March to May"): the end is not before it. */
  readonly after: Day | undefined;
}

/** What a rule makes of one match. */
export interface Reading {
  readonly type: TimexType;
  readonly value?: string;
  readonly mod?: string;
  readonly basis: DateBasis;
}

/**
 * One pattern of time expression. `accept` rejects a match from its text alone (a lowercase "may"),
 * before the longest-match choice; `read` normalises an accepted one in text order.
 */
export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * A cheap test the text must pass for the pattern to be worth running: a word every match
   * contains. Most articles have no season, clock time or decade, and skipping those scans
   * more than halves the stage's time.
   */
  readonly trigger: RegExp;
  readonly accept?: (m: RegExpExecArray, text: string) => boolean;
  readonly read: (m: RegExpExecArray, ctx: ResolveContext) => Reading;
}

/** An absolute reading: its value needs no reference date. */
export function absolute(type: TimexType, value: string, mod?: string): Reading {
  return mod ? { type, value, mod, basis: 'absolute' } : { type, value, basis: 'absolute' };
}

/**
 * A reading computed from the publication day; without one it stays unresolved, with the
 * X-pattern given (`XXXX-WXX-1` for "Monday") or no value at all — never today's date.
 */
export function fromPublication(type: TimexType, ctx: ResolveContext, compute: (ref: Day) => string, unresolved?: string, mod?: string): Reading {
  const base = ctx.ref === undefined
    ? (unresolved === undefined ? { type, basis: 'unresolved' as const } : { type, value: unresolved, basis: 'unresolved' as const })
    : { type, value: compute(ctx.ref), basis: 'publication' as const };
  return mod ? { ...base, mod } : base;
}

/** A reading computed from the day under discussion (the publication day until the text names one). */
export function fromAnchor(type: TimexType, ctx: ResolveContext, compute: (anchor: Day) => string, mod?: string): Reading {
  const base = ctx.anchor === undefined
    ? { type, basis: 'unresolved' as const }
    : { type, value: compute(ctx.anchor), basis: ctx.anchorFromText ? 'text' as const : 'publication' as const };
  return mod ? { ...base, mod } : base;
}

/** TIMEX3 `mod` of a position word: "early" START, "mid" MID, "late"/"end of" END. */
export function positionMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/early|beginning|start/.test(w)) return 'START';
  if (/mid|middle/.test(w)) return 'MID';
  if (/late|end/.test(w)) return 'END';
  return undefined;
}

/** TIMEX3 `mod` of a quantity word: "about" APPROX, "more than" MORE_THAN… */
export function quantityMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'more than' || w === 'over') return 'MORE_THAN';
  if (w === 'less than' || w === 'under') return 'LESS_THAN';
  if (w === 'at least') return 'EQUAL_OR_MORE';
  if (w === 'up to' || w === 'at most') return 'EQUAL_OR_LESS';
  if (/^(about|approximately|around|roughly|some|nearly|almost)$/.test(w)) return 'APPROX';
  return undefined;
}

/** Builds a case-insensitive global pattern from parts. */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'gi');
}

/** Whether a matched word starts with a capital letter: "May" the month, not "may" the verb. */
export function capitalized(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}
