/**
 * Feature hashing: a feature is a template number plus one or two strings, folded into a 32-bit
 * FNV-1a hash without building the concatenated string. Tagging 150,000 tokens a second with ~50
 * features each leaves no time to allocate `"w-1=" + word` for every one of them.
 */

const FNV_PRIME = 0x01000193;

/** Starts a hash for template `template` (a small integer naming the feature kind). */
export function seed(template: number): number {
  return Math.imul(0x811c9dc5 ^ template, FNV_PRIME);
}

/** Folds the UTF-16 code units of `s` into `h`. */
export function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  // A separator, so ("ab", "c") and ("a", "bc") hash apart.
  return Math.imul(h ^ 0x1f, FNV_PRIME);
}

/** Folds one small integer into `h`. */
export function mixInt(h: number, n: number): number {
  return Math.imul(h ^ (n + 0x9e37), FNV_PRIME);
}

/** Final avalanche (murmur3 fmix32) and mask to `[0, mask]`: low bits of raw FNV are poorly spread. */
export function bucket(h: number, mask: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & mask;
}
