import type { ActorCode } from './types.js';

/** How {@link codeAt} chose a code: covered by its dates, the default, or the latest for no date. */
export type CodeBasis = 'dated' | 'default' | 'latest';

/** A code picked for a date, with why it was picked. */
export interface CodeChoice {
  readonly code: string;
  readonly basis: CodeBasis;
}

function covers(code: ActorCode, date: string): boolean {
  return (code.from === undefined || code.from <= date) && (code.to === undefined || date <= code.to);
}

/** The date a code last held: open-ended codes sort last, defaults first. */
function lastHeld(code: ActorCode): string {
  if (code.from === undefined && code.to === undefined) return '';
  return code.to ?? '9999-99-99';
}

/**
 * The actor code an entry has on `date` (ISO, `YYYY-MM-DD` or longer): a dated code covering the
 * date wins over the default code, so Putin on 2017-05-02 is `RUSGOV` (`>2008-05-08`), not his
 * default `RUSELI`. Without a date, the code held last (an open-ended one first).
 *
 * @example
 * codeAt([{ code: 'RUSELI' }, { code: 'RUSGOV', from: '2008-05-08' }], '2017-05-02') // {code: 'RUSGOV', basis: 'dated'}
 */
export function codeAt(codes: readonly ActorCode[], date: string | undefined): CodeChoice | undefined {
  if (codes.length === 0) return undefined;
  if (date === undefined) {
    const latest = [...codes].sort((a, b) => (lastHeld(a) < lastHeld(b) ? 1 : lastHeld(a) > lastHeld(b) ? -1 : 0))[0];
    return latest ? { code: latest.code, basis: 'latest' } : undefined;
  }
  const day = date.slice(0, 10);
  const dated = codes.find((c) => (c.from !== undefined || c.to !== undefined) && covers(c, day));
  if (dated) return { code: dated.code, basis: 'dated' };
  const fallback = codes.find((c) => c.from === undefined && c.to === undefined);
  return fallback ? { code: fallback.code, basis: 'default' } : undefined;
}
