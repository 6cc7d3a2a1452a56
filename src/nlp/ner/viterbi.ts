/**
 * First-order Viterbi: the best tag path for `n` tokens given `n × T` emission scores,
 * `(T + 1) × T` transition scores (row `T` = sentence start) and the allowed-transition mask.
 *
 * @example
 * viterbi(new Float32Array([1, 0, 0, 1]), 2, 2, new Float32Array(6), new Uint8Array(6).fill(1)) // [0, 1]
 */
export function viterbi(scores: Float32Array, n: number, T: number, transitions: Float32Array, allowed: Uint8Array): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const back = new Int32Array(n * T);
  let prev = new Float64Array(T);
  let next = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    prev[t] = allowed[T * T + t] ? (scores[t] as number) + (transitions[T * T + t] as number) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let f = 0; f < T; f++) {
        if (!allowed[f * T + t]) continue;
        const s = (prev[f] as number) + (transitions[f * T + t] as number);
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      next[t] = best + (scores[i * T + t] as number);
      back[i * T + t] = arg;
    }
    [prev, next] = [next, prev];
  }
  let arg = 0;
  for (let t = 1; t < T; t++) if ((prev[t] as number) > (prev[arg] as number)) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * T + arg] as number;
  }
  return path;
}
