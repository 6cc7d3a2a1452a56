import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CameoData, CameoEntry, PloverMapping, QuadClass } from './types.js';

/** The committed codebook, `models/cameo.json.gz`, two levels up from `src/events/` and `dist/events/`. */
export const CAMEO_PATH = fileURLToPath(new URL('../../models/cameo.json.gz', import.meta.url));

/** A codebook ready for lookups by code. */
export type Codebook = ReadonlyMap<string, CameoEntry>;

/** Indexes compiled entries by code; tests use it with hand-written entries. */
export function createCodebook(data: CameoData): Codebook {
  return new Map(data.entries.map((e) => [e.code, e]));
}

/**
 * Reads a compiled codebook (gzip JSON of {@link CameoData}, as `src/train/cameo.ts` writes it).
 * Throws `E_CAMEO_MISSING` naming the command that builds it.
 */
export function loadCodebook(path: string = CAMEO_PATH): Codebook {
  if (!existsSync(path)) {
    throw new Error(`E_CAMEO_MISSING: no CAMEO codebook at ${path}; build it with \`npm run train:cameo\``);
  }
  return createCodebook(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as CameoData);
}

let shared: Codebook | undefined;

/** {@link loadCodebook} once per process, on the first lookup. */
export function sharedCodebook(): Codebook {
  shared ??= loadCodebook();
  return shared;
}

/**
 * The committed codebook's entry for a CAMEO event code, or undefined for a code CAMEO lacks.
 *
 * @example cameoCode('195')?.root // '19'
 */
export function cameoCode(code: string): CameoEntry | undefined {
  return sharedCodebook().get(code);
}

/** GDELT QuadClass of a known code (see {@link QuadClass}); undefined for an unknown one. */
export function quadClass(code: string): QuadClass | undefined {
  return cameoCode(code)?.quadClass;
}

/** Goldstein value of a known code, its base's or root's when it has none of its own. */
export function goldstein(code: string): number | undefined {
  return cameoCode(code)?.goldstein;
}

/** PLOVER type, mode and context of a code; undefined when PLOVER does not map it. */
export function plover(code: string): PloverMapping | undefined {
  return cameoCode(code)?.plover;
}
