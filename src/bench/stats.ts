/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs `fn` once to warm up (JIT, caches), calls `afterWarmup`, then runs it `runs` times and
 * returns each timed run's wall time in seconds.
 */
export async function timeRuns(runs: number, fn: () => Promise<void> | void, afterWarmup: () => void = () => {}): Promise<number[]> {
  await fn();
  afterWarmup();
  const seconds: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    seconds.push((performance.now() - started) / 1000);
  }
  return seconds;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
