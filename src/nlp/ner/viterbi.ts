/**
 * First-order Viterbi: the best tag path for `n` tokens given `n × T` emission scores,
 * `(T + 1) × T` transition scores (row `T` = sentence start) and the allowed-transition mask.
 * `edges`, when given, adds per-token transition scores, `n × (T + 1) × T` (tag-bigram features,
 * `src/nlp/ner/edges.ts`): token `i`'s scores for `from → to` at `(i * (T + 1) + from) * T + to`.
 *
 * @example
 * viterbi(new Float32Array([1, 0, 0, 1]), 2, 2, new Float32Array(6), new Uint8Array(6).fill(1)) // [0, 1]
 */
export function viterbi(scores: Float32Array, n: number, T: number, transitions: Float32Array, allowed: Uint8Array, edges?: Float32Array): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const { starts, froms } = predecessors(allowed, T);
  // Each tag's incoming transition scores side by side, gathered per call (training changes
  // them between sentences): the inner loop then reads two arrays in order.
  const incoming = new Float64Array(froms.length);
  for (let t = 0; t < T; t++) {
    for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) incoming[k] = transitions[(froms[k] as number) * T + t] as number;
  }
  // With tag-bigram features, each token's incoming scores are the shared ones plus its own,
  // written to `perToken`; the inner loop below then reads one array either way.
  const perToken = edges ? new Float64Array(froms.length) : incoming;
  const back = new Int32Array(n * T);
  let prev = new Float64Array(T);
  let next = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    prev[t] = allowed[T * T + t] ? (scores[t] as number) + (transitions[T * T + t] as number) + (edges ? (edges[T * T + t] as number) : 0) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const row = i * T;
    if (edges) {
      const edgeRow = i * (T + 1) * T;
      for (let t = 0; t < T; t++) {
        for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) {
          perToken[k] = (incoming[k] as number) + (edges[edgeRow + (froms[k] as number) * T + t] as number);
        }
      }
    }
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      const end = starts[t + 1] as number;
      for (let k = starts[t] as number; k < end; k++) {
        const s = (prev[froms[k] as number] as number) + (perToken[k] as number);
        if (s > best) {
          best = s;
          arg = froms[k] as number;
        }
      }
      next[t] = best + (scores[row + t] as number);
      back[row + t] = arg;
    }
    const swap = prev;
    prev = next;
    next = swap;
  }
  let arg = 0;
  for (let t = 1; t < T; t++) if ((prev[t] as number) > (prev[arg] as number)) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * T + arg] as number;
  }
  return path;
}

/** For each tag `t`, the tags it may follow, in increasing order: `froms[starts[t] … starts[t + 1])`. */
interface Predecessors {
  readonly starts: Int32Array;
  readonly froms: Int32Array;
}

const predecessorCache = new WeakMap<Uint8Array, Predecessors>();

/**
 * The allowed predecessors of each tag, computed once per mask: BIO forbids most transitions
 * into `I-` tags, so the chunker's Viterbi (20 tags) skips about a third of its steps.
 */
function predecessors(allowed: Uint8Array, T: number): Predecessors {
  const cached = predecessorCache.get(allowed);
  if (cached && cached.starts.length === T + 1) return cached;
  const starts = new Int32Array(T + 1);
  const list: number[] = [];
  for (let t = 0; t < T; t++) {
    starts[t] = list.length;
    for (let f = 0; f < T; f++) if (allowed[f * T + t]) list.push(f);
  }
  starts[T] = list.length;
  const computed = { starts, froms: Int32Array.from(list) };
  predecessorCache.set(allowed, computed);
  return computed;
}
