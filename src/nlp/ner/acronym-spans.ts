import type { Entity, Token } from '../../doc/index.js';
import type { AcronymDefinition } from '../acronyms.js';

/**
 * Makes each long form defined by an acronym in brackets one mention. The tagger, reading word by
 * word, often cuts a long name at its joiners ("Program on New Approaches" + "Research and
 * Security" before "(PONARS)"); the initials spelling the acronym prove the words are one name.
 * The merged mention takes the acronym's type when the tagger typed the acronym, else its first
 * piece's. A definition whose long form no mention touches, or that a mention crosses, is left
 * alone.
 */
export function joinAcronymLongForms(entities: readonly Entity[], definitions: readonly AcronymDefinition[], tokens: readonly Token[]): Entity[] {
  let out = [...entities];
  for (const d of definitions) {
    const inside = out.filter((e) => e.tokenStart >= d.longStart && e.tokenEnd <= d.longEnd);
    const crossing = out.some((e) => e.tokenStart < d.longEnd && d.longStart < e.tokenEnd && !inside.includes(e));
    const whole = inside.length === 1 && inside[0]!.tokenStart === d.longStart && inside[0]!.tokenEnd === d.longEnd;
    if (inside.length === 0 || crossing || whole) continue;
    const acronym = out.find((e) => e.tokenStart === d.acronym && e.tokenEnd === d.acronym + 1);
    const first = tokens[d.longStart] as Token;
    const last = tokens[d.longEnd - 1] as Token;
    const merged: Entity = { start: first.start, end: last.end, type: acronym?.type ?? inside[0]!.type, tokenStart: d.longStart, tokenEnd: d.longEnd };
    out = [...out.filter((e) => !inside.includes(e)), merged].sort((x, y) => x.start - y.start || x.end - y.end);
  }
  return out;
}
