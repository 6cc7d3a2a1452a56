import { isoDate } from '../kb/dates.js';
import type { ActorCode } from '../kb/types.js';

/**
 * One bracketed code of an actor dictionary, `RUSGOV`, `RUSGOV >080508`, `RUSGOV <080508` or
 * `RUSELI 700101-990809`, as an {@link ActorCode}; undefined for a placeholder (`---`) or a
 * restriction whose date cannot be read.
 */
export function parseActorCode(raw: string): ActorCode | undefined {
  const [code = '', restriction, ...rest] = raw.trim().split(/\s+/);
  if (!/^[A-Z0-9]{3,}$/.test(code) || rest.length > 0) return undefined;
  if (restriction === undefined) return { code };
  const after = /^>(\d+)$/.exec(restriction);
  const before = /^<(\d+)$/.exec(restriction);
  const range = /^(\d+)-(\d+)$/.exec(restriction);
  if (after) {
    const from = isoDate(after[1] ?? '');
    return from ? { code, from } : undefined;
  }
  if (before) {
    const to = isoDate(before[1] ?? '');
    return to ? { code, to } : undefined;
  }
  if (range) {
    const from = isoDate(range[1] ?? '');
    const to = isoDate(range[2] ?? '');
    return from && to ? { code, from, to } : undefined;
  }
  return undefined;
}
