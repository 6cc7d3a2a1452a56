import type { KbEntry, KbKind } from '../../kb/index.js';
import type { LinkContext } from './context.js';
import type { Draft } from './drafts.js';

/** KB kinds a mention of each NER type may link to, best first: a PER "Jordan" is never the country. */
const KINDS: Readonly<Record<string, readonly KbKind[]>> = {
  PER: ['person'],
  LOC: ['country', 'place', 'organization'],
  ORG: ['organization', 'group', 'country', 'person'],
  MISC: ['country', 'organization', 'group', 'person', 'place'],
};

function heldOn(entry: KbEntry, date: string): boolean {
  return entry.codes.some((c) => (c.from !== undefined || c.to !== undefined) && (c.from ?? '') <= date && date <= (c.to ?? '9999'));
}

/**
 * The KB entry a name links to, or undefined when the KB has none or cannot tell which: of the
 * entries with this alias, those of the best kind for the NER type; among several people, the one
 * whose country the text gives, then the one holding a dated role on the article's date. Two
 * people left means the evidence is not good enough and the name stays unlinked. A LOC name no
 * place, country or organization answers to may still be the one person holding a dated role on
 * the article's date ("comments from Tillerson" read as a place by the tagger).
 */
export function pickEntry(ctx: LinkContext, key: string, draft: Draft, country?: string): number | undefined {
  const indexes = ctx.kb.byAlias.get(key);
  if (!indexes || indexes.length === 0) return undefined;
  for (const kind of KINDS[draft.type ?? 'MISC'] ?? []) {
    let found = indexes.filter((i) => ctx.kb.entries[i]?.kind === kind);
    if (found.length === 0) continue;
    if (found.length > 1 && country) {
      const same = found.filter((i) => ctx.kb.entries[i]?.country === country);
      if (same.length > 0) found = same;
    }
    if (found.length > 1 && ctx.date) {
      const date = ctx.date;
      const holding = found.filter((i) => heldOn(ctx.kb.entries[i]!, date));
      if (holding.length > 0) found = holding;
    }
    if (found.length > 1 && kind === 'place') found = found.filter((i) => ctx.kb.entries[i]?.capitalOf);
    return found.length === 1 ? found[0] : undefined;
  }
  if (draft.type !== 'LOC' || !ctx.date) return undefined;
  const date = ctx.date;
  const holders = indexes.filter((i) => ctx.kb.entries[i]?.kind === 'person' && heldOn(ctx.kb.entries[i]!, date));
  return holders.length === 1 ? holders[0] : undefined;
}
