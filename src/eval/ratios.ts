/** `n / d`, and 0 when nothing was counted (`d` = 0), as every evaluation reports an empty set. */
export function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

/** The harmonic mean of precision and recall; 0 when both are 0. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** A score rounded to 4 decimals, as the last-line JSON of every evaluation prints them. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
