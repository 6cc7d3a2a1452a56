import { f1, ratio, round4 } from './ratios.js';

/** A (source, target, code) triple as one string key, for multiset comparison. */
export const tripleKey = (source: string, target: string, code: string): string => `${source}|${target}|${code}`;

/** How many keys two multisets share (each key counted min(gold, predicted) times). */
export function sharedCount(gold: readonly string[], predicted: readonly string[]): number {
  const left = new Map<string, number>();
  for (const k of gold) left.set(k, (left.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of predicted) {
    const c = left.get(k) ?? 0;
    if (c > 0) {
      n++;
      left.set(k, c - 1);
    }
  }
  return n;
}

/** Two multisets are equal: same size and every key shared. */
export const sameMultiset = (gold: readonly string[], predicted: readonly string[]): boolean =>
  gold.length === predicted.length && sharedCount(gold, predicted) === gold.length;

/** Running totals of record accuracy and triple precision/recall. */
export class EventTally {
  records = 0;
  correct = 0;
  gold = 0;
  predicted = 0;
  matched = 0;

  add(gold: readonly string[], predicted: readonly string[]): boolean {
    this.records++;
    this.gold += gold.length;
    this.predicted += predicted.length;
    this.matched += sharedCount(gold, predicted);
    const ok = sameMultiset(gold, predicted);
    if (ok) this.correct++;
    return ok;
  }

  metrics(): { records: number; correct: number; accuracy: number; precision: number; recall: number; f1: number; gold: number; predicted: number; matched: number } {
    const precision = ratio(this.matched, this.predicted);
    const recall = ratio(this.matched, this.gold);
    return {
      records: this.records, correct: this.correct, accuracy: round4(ratio(this.correct, this.records)),
      precision: round4(precision), recall: round4(recall), f1: round4(f1(precision, recall)), gold: this.gold, predicted: this.predicted, matched: this.matched,
    };
  }
}
