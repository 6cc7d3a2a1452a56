/** A seeded pseudo-random source: uniform floats in [0, 1) and standard normal draws. */
export interface Random {
  next(): number;
  gaussian(): number;
}

/**
 * A deterministic generator (mulberry32), so that two runs with one seed give the same projection,
 * the same k-means++ centres and therefore a byte-identical clusters file.
 *
 * @example seededRandom(42).next() // same number on every run, in [0, 1)
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Box–Muller; 1 - next() keeps the logarithm's argument in (0, 1].
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, gaussian };
}
