import type { TimeExpression } from '../doc/index.js';
import type { GoldTimex } from './timeml.js';
import { f1, ratio } from './ratios.js';

/** Counts of one comparison of predicted time expressions with gold ones, TempEval-3 style. */
export interface TimexCounts {
  gold: number;
  predicted: number;
  /** Pairs with exactly the same span. */
  strict: number;
  /** Pairs whose spans overlap (one predicted per gold, in text order). */
  relaxed: number;
  /** Relaxed pairs with the gold type. */
  typeCorrect: number;
  /** Relaxed pairs with the gold value, compared as strings. */
  valueCorrect: number;
}

/** A relaxed pair, for the error listing. */
export interface TimexPair {
  readonly gold: GoldTimex;
  readonly predicted: TimeExpression;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
}

/**
 * Matches predictions to gold one to one, each gold expression with the first unmatched prediction
 * overlapping it, and adds the counts up. Returns the pairs and what stayed unmatched on each side.
 */
export function compareTimexes(gold: readonly GoldTimex[], predicted: readonly TimeExpression[], counts: TimexCounts) {
  const used = new Set<number>();
  const pairs: TimexPair[] = [];
  const missed: GoldTimex[] = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
    if (i === -1) {
      missed.push(g);
      continue;
    }
    used.add(i);
    const p = predicted[i]!;
    pairs.push({ gold: g, predicted: p });
    counts.relaxed++;
    if (p.start === g.start && p.end === g.end) counts.strict++;
    if (p.type === g.type) counts.typeCorrect++;
    if ((p.value ?? '') === g.value) counts.valueCorrect++;
  }
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  return { pairs, missed, extra: predicted.filter((_, k) => !used.has(k)) };
}

/**
 * The TempEval-3 scores: strict and relaxed span P/R/F1; type and value accuracy over the relaxed
 * matches; and the attribute F1s the task reported, relaxed F1 × accuracy.
 */
export function timexScores(c: TimexCounts) {
  const strictP = ratio(c.strict, c.predicted);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.predicted);
  const relaxedR = ratio(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const typeAccuracy = ratio(c.typeCorrect, c.relaxed);
  const valueAccuracy = ratio(c.valueCorrect, c.relaxed);
  return {
    strictPrecision: strictP, strictRecall: strictR, strictF1: f1(strictP, strictR),
    relaxedPrecision: relaxedP, relaxedRecall: relaxedR, relaxedF1,
    typeAccuracy, valueAccuracy, typeF1: relaxedF1 * typeAccuracy, valueF1: relaxedF1 * valueAccuracy,
  };
}
