const DIGIT = /\p{Nd}/gu;

/**
 * The normalised form word clusters are keyed by: the token lowercased, with every decimal digit
 * replaced by `0`, and nothing else changed. Lowercasing lets "Monday", "MONDAY" (a Reuters
 * headline) and "monday" share one cluster; zeroing digits lets years, scores and prices share
 * their shape's cluster ("1996" and "2004" are both "0000") instead of each being a rare word.
 * Punctuation and hyphens are kept: "6-4" (a score) and "0.5" (a number) cluster differently.
 *
 * @example
 * clusterKey('Germany') // "germany"
 * clusterKey('1996-08-22') // "0000-00-00"
 * clusterKey('US$12.5') // "us$00.0"
 */
export function clusterKey(token: string): string {
  return token.toLowerCase().replace(DIGIT, '0');
}
