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

/**
 * Refuses any argument that is not one of the script's flags (`valued` take a value, `switches`
 * none), before any work: a training script writes its model over the committed one, so a
 * mistyped flag or a `--help` must stop it rather than start a run with the defaults.
 */
export function onlyFlags(valued: readonly string[], switches: readonly string[], args: readonly string[] = process.argv.slice(2)): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name !== undefined && switches.includes(name)) continue;
    if (name !== undefined && valued.includes(name) && i + 1 < args.length) {
      i += 1;
      continue;
    }
    const known = [...valued.map((v) => `--${v} VALUE`), ...switches.map((s) => `--${s}`)].join(', ');
    throw new Error(`E_TRAIN_FLAG: unexpected argument "${arg}"${name !== undefined && valued.includes(name) ? ' without a value' : ''}; this script takes ${known}`);
  }
}
