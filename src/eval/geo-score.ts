import { distanceKm } from '../geo/distance.js';
import { f1, ratio, round4 as r4 } from './ratios.js';

/** Half the Earth's circumference in km: the largest possible error, given to unresolved toponyms. */
export const MAX_ERROR_KM = 20039;
/** The accuracy threshold of geoparsing papers: 100 miles. */
export const ACCURACY_KM = 161;

/** A point in degrees, or none when the toponym was not resolved. */
export type Point = { readonly lat: number; readonly lon: number } | undefined;

/** Resolution error in km: the great-circle distance, {@link MAX_ERROR_KM} when unresolved. */
export function errorKm(predicted: Point, gold: { lat: number; lon: number }): number {
  return predicted ? distanceKm(predicted.lat, predicted.lon, gold.lat, gold.lon) : MAX_ERROR_KM;
}

/**
 * The area under the error curve of Gritta et al. (2018, "What's missing in geographical
 * parsing?"): errors scaled as ln(1 + km) / ln(1 + 20039), sorted ascending, integrated by the
 * trapezoid rule over the rank scaled to [0, 1]. 0 is perfect, 1 is every toponym a half-world
 * away; the log scale weighs a 10 km and a 100 km error as far apart as 100 and 1000 km.
 */
export function errorAuc(errors: readonly number[]): number {
  if (errors.length === 0) return 0;
  const scaled = errors.map((e) => Math.log1p(Math.min(e, MAX_ERROR_KM)) / Math.log1p(MAX_ERROR_KM)).sort((a, b) => a - b);
  if (scaled.length === 1) return scaled[0]!;
  let area = 0;
  for (let i = 1; i < scaled.length; i++) area += (scaled[i - 1]! + scaled[i]!) / 2;
  return area / (scaled.length - 1);
}

/** Accuracy within 161 km, mean and median error and AUC of a set of resolution errors. */
export function resolutionMetrics(errors: readonly number[]) {
  const sorted = [...errors].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? 0 : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const r = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
  return {
    resolved: n,
    accuracy161: r(n === 0 ? 0 : sorted.filter((e) => e <= ACCURACY_KM).length / n, 4),
    meanKm: r(n === 0 ? 0 : sorted.reduce((a, b) => a + b, 0) / n, 1),
    medianKm: r(median, 1),
    auc: r(errorAuc(sorted), 4),
  };
}

/** Span counts for toponym recognition. */
export interface RecognitionCounts {
  gold: number;
  predicted: number;
  /** Predictions with exactly a gold span. */
  exact: number;
  /** Predictions overlapping a gold span. */
  overlapPredicted: number;
  /** Gold spans some prediction overlaps. */
  overlapGold: number;
}

/** Whether two half-open spans share a character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Adds one article's gold and predicted spans to the recognition counts. */
export function countRecognition(gold: readonly { start: number; end: number }[], predicted: readonly { start: number; end: number }[], c: RecognitionCounts): void {
  c.gold += gold.length;
  c.predicted += predicted.length;
  const exact = new Set(gold.map((g) => `${g.start}:${g.end}`));
  c.exact += predicted.filter((p) => exact.has(`${p.start}:${p.end}`)).length;
  c.overlapPredicted += predicted.filter((p) => gold.some((g) => overlaps(g, p))).length;
  c.overlapGold += gold.filter((g) => predicted.some((p) => overlaps(g, p))).length;
}

/** Precision, recall and F1, exact and by overlap, from recognition counts. */
export function recognitionMetrics(c: RecognitionCounts) {
  const ep = ratio(c.exact, c.predicted);
  const er = ratio(c.exact, c.gold);
  const op = ratio(c.overlapPredicted, c.predicted);
  const or = ratio(c.overlapGold, c.gold);
  return {
    gold: c.gold,
    predicted: c.predicted,
    exact: { precision: r4(ep), recall: r4(er), f1: r4(f1(ep, er)) },
    overlap: { precision: r4(op), recall: r4(or), f1: r4(f1(op, or)) },
  };
}
