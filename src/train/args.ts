/** Reads `--name value` from `process.argv`; undefined when absent. For the training scripts only. */
export function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Reads `--name N` as a number, or `fallback` when absent. */
export function numberFlag(name: string, fallback: number): number {
  const value = flag(name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`E_TRAIN_FLAG: --${name} expects a number, got "${value}"`);
  return n;
}
