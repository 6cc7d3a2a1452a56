import type { QuadClass } from './types.js';

/**
 * GDELT's QuadClass for a CAMEO root code ("01"–"20"): 01–05 → 1 verbal cooperation, 06–09 → 2
 * material cooperation, 10–14 → 3 verbal conflict, 15–20 → 4 material conflict. Undefined outside.
 */
export function quadClassOfRoot(root: string): QuadClass | undefined {
  if (!/^\d\d$/.test(root)) return undefined;
  const n = Number(root);
  if (n < 1 || n > 20) return undefined;
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}
