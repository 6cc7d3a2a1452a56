import type { Random } from './random.js';
import type { DenseMatrix } from './sparse.js';

/** Options of {@link sphericalKMeans}. */
export interface KMeansOptions {
  readonly k: number;
  readonly random: Random;
  /** Stop after this many Lloyd iterations; default 25. */
  readonly maxIterations?: number;
  /** Stop once fewer than this share of points change cluster in an iteration; default 0.002. */
  readonly tolerance?: number;
}

/**
 * Spherical k-means of unit-length rows: a point joins the centre with the highest cosine, a centre
 * is its members' mean scaled to unit length. Starts from k-means++ (Arthur & Vassilvitskii 2007),
 * which draws initial centres far apart, so a small distinct group such as the seven weekdays can get
 * a centre of its own, where uniform random starts land mostly among the thousands of surnames and
 * company names. Deterministic for a given `random`.
 * A cluster left empty is refilled with the point that fits its own centre worst.
 *
 * @returns the `k` unit-length centres, row-major (`k × points.cols`); see {@link nearestCentres}.
 */
export function sphericalKMeans(points: DenseMatrix, options: KMeansOptions): Float64Array {
  const { rows: n } = points;
  const k = Math.min(options.k, n);
  const centres = kMeansPlusPlus(points, k, options.random);
  const assignment = new Int32Array(n).fill(-1);
  const fit = new Float64Array(n);
  const maxIterations = options.maxIterations ?? 25;
  const tolerance = options.tolerance ?? 0.002;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const changed = assignNearest(points, centres, assignment, fit);
    updateCentres(points, assignment, fit, centres, k);
    if (changed < tolerance * n) break;
  }
  return centres;
}

/**
 * The nearest (highest-cosine) of the unit-length `centres` for each row of `points`.
 *
 * @returns the cluster of each row, `0 … centres.length / points.cols − 1`.
 */
export function nearestCentres(points: DenseMatrix, centres: Float64Array): Int32Array {
  const assignment = new Int32Array(points.rows).fill(-1);
  assignNearest(points, centres, assignment, new Float64Array(points.rows));
  return assignment;
}

/** Fills `assignment` and each row's cosine to its centre (`fit`); returns how many rows moved. */
function assignNearest(points: DenseMatrix, centres: Float64Array, assignment: Int32Array, fit: Float64Array): number {
  const { rows: n, cols: d, data } = points;
  const k = centres.length / d;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestSim = -Infinity;
    for (let c = 0; c < k; c++) {
      let sim = 0;
      for (let j = 0, a = i * d, b = c * d; j < d; j++) sim += (data[a + j] ?? 0) * (centres[b + j] ?? 0);
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    if (assignment[i] !== best) changed++;
    assignment[i] = best;
    fit[i] = bestSim;
  }
  return changed;
}

function kMeansPlusPlus(points: DenseMatrix, k: number, random: Random): Float64Array {
  const { rows: n, cols: d, data } = points;
  const centres = new Float64Array(k * d);
  // Squared distance of unit vectors is 2 − 2·cos; start above the maximum, 4.
  const distance = new Float64Array(n).fill(4);
  let chosen = Math.floor(random.next() * n);
  for (let c = 0; c < k; c++) {
    centres.set(data.subarray(chosen * d, chosen * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let sim = 0;
      for (let j = 0, a = i * d, b = chosen * d; j < d; j++) sim += (data[a + j] ?? 0) * (data[b + j] ?? 0);
      const dist = Math.max(0, 2 - 2 * sim);
      if (dist < (distance[i] ?? 0)) distance[i] = dist;
      total += distance[i] ?? 0;
    }
    let target = random.next() * total;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      target -= distance[i] ?? 0;
      if (target < 0) {
        chosen = i;
        break;
      }
    }
  }
  return centres;
}

function updateCentres(points: DenseMatrix, assignment: Int32Array, fit: Float64Array, centres: Float64Array, k: number): void {
  const { rows: n, cols: d, data } = points;
  centres.fill(0);
  const size = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = assignment[i] ?? 0;
    size[c] = (size[c] ?? 0) + 1;
    for (let j = 0; j < d; j++) centres[c * d + j] = (centres[c * d + j] ?? 0) + (data[i * d + j] ?? 0);
  }
  const worstFirst = size.includes(0) ? Array.from({ length: n }, (_, i) => i).sort((a, b) => (fit[a] ?? 0) - (fit[b] ?? 0) || a - b) : [];
  let next = 0;
  for (let c = 0; c < k; c++) {
    if (size[c] === 0) {
      const i = worstFirst[next++] ?? 0;
      centres.set(data.subarray(i * d, i * d + d), c * d);
      continue;
    }
    let norm = 0;
    for (let j = 0; j < d; j++) norm += (centres[c * d + j] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) centres[c * d + j] = (centres[c * d + j] ?? 0) / norm;
  }
}
