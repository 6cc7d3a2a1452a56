import { quadClassOfRoot } from '../events/quad.js';
import type { CameoData, CameoEntry, GoldsteinFrom } from '../events/types.js';
import type { PloverLine } from './cameo-sources.js';

/** The codebook and what the compiler noticed about its sources, for the build log. */
export interface CodebookBuild {
  readonly data: CameoData;
  /** Codes outside roots 01–20, left out. */
  readonly rejected: readonly string[];
}

function goldsteinOf(code: string, values: ReadonlyMap<string, number>): { goldstein: number; goldsteinFrom: GoldsteinFrom } | undefined {
  const own = values.get(code);
  if (own !== undefined) return { goldstein: own, goldsteinFrom: 'own' };
  const base = code.length > 3 ? values.get(code.slice(0, 3)) : undefined;
  if (base !== undefined) return { goldstein: base, goldsteinFrom: 'base' };
  const root = values.get(code.slice(0, 2));
  return root === undefined ? undefined : { goldstein: root, goldsteinFrom: 'root' };
}

/**
 * One entry per code any source names (Goldstein table, CAMEO2PLOVER, verb block headers), sorted
 * by code. A code without its own Goldstein value takes its base's (first three digits), else its
 * root's: GDELT's table has no row for a few codes the other sources use. PLOVER is never inherited:
 * a code PLOVER skips (01, 02) has no PLOVER reading.
 */
export function buildCodebook(
  goldstein: ReadonlyMap<string, number>,
  plover: ReadonlyMap<string, PloverLine>,
  verbs: ReadonlyMap<string, readonly string[]>,
): CodebookBuild {
  const codes = [...new Set([...goldstein.keys(), ...plover.keys(), ...verbs.keys()])].sort();
  const entries: CameoEntry[] = [];
  const rejected: string[] = [];
  for (const code of codes) {
    const root = code.slice(0, 2);
    const quadClass = quadClassOfRoot(root);
    if (!quadClass) {
      rejected.push(code);
      continue;
    }
    const p = plover.get(code);
    const v = verbs.get(code);
    entries.push({
      code,
      root,
      base: code.slice(0, 3),
      quadClass,
      ...goldsteinOf(code, goldstein),
      ...(p ? { plover: p.mapping } : {}),
      ...(p?.description ? { description: p.description } : {}),
      ...(v && v.length > 0 ? { verbs: [...v] } : {}),
    });
  }
  return { data: { entries }, rejected };
}
